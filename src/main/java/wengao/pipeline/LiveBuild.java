package wengao.pipeline;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The builds {@code serve} runs, one after another, each told which files changed since the last. Knowing the
 * changes is what an incremental build needs to redo only what they touch; until there is one, every rebuild is
 * the whole build, which gives the same site. Rebuilds in one process wait for each other, and {@link SiteBuilder}'s
 * locks keep a {@code wengao build} of the same content in another process apart.
 */
public final class LiveBuild {

    private final BuildOptions options;
    private final Consumer<String> notices;

    public LiveBuild(BuildOptions options, Consumer<String> notices) {
        this.options = options;
        this.notices = notices;
    }

    public BuildOptions options() {
        return options;
    }

    /** The first build, of everything. */
    public BuildReport buildAll() {
        return rebuild(Set.of());
    }

    /**
     * A build after {@code changed} (absolute paths of files and folders under the content or templates folder,
     * deleted ones included) changed; the last good site stays in place when it fails.
     */
    public synchronized BuildReport rebuild(Set<Path> changed) {
        return SiteBuilder.build(options, notices);
    }
}
