package wengao.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import wengao.text.KeptFile;

/**
 * What the last build's related speeches found, and from what ({@link RelatedState}), so that this build ranks
 * again only what its changes reach ({@link RelatedUpdate}). Read when the stage asks, beside the search index, not
 * before the build starts. A file of another version of wengao, or damaged (it ends with a checksum of what it
 * holds), is not trusted: every speech is ranked again and {@link #note()} says why.
 */
public final class RelatedCache {

    private static final String FORMAT = "wengao-related-1";

    private final String version;
    private final Path file;
    private RelatedState previous;
    private boolean read;
    private String note;
    private RelatedUpdate.Update next;

    private RelatedCache(String version, Path file) {
        this.version = version;
        this.file = file;
        this.read = file == null;
    }

    /** Remembers nothing from before: every speech is ranked ({@code build --full}). */
    public static RelatedCache empty(String version) {
        return new RelatedCache(version, null);
    }

    /** What {@link #save} wrote to {@code file}, read when the stage first asks. */
    public static RelatedCache at(Path file, String version) {
        return new RelatedCache(version, file);
    }

    /** Why the last build's rankings were not used, when the file was there but not trusted. */
    public synchronized Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** The last build's state, or null. */
    synchronized RelatedState previous() {
        if (!read) {
            read = true;
            KeptFile.Read<RelatedState> kept = KeptFile.read(file, FORMAT, version, RelatedState::read);
            previous = kept.value();
            if (kept.distrust() != null) {
                note = "the kept related speeches file " + file + " " + kept.distrust()
                        + ": every speech's related speeches are found again";
            }
        }
        return previous;
    }

    /** What this build found, for the next. */
    synchronized void keep(RelatedUpdate.Update update) {
        next = update;
        previous = null; // let go of it: the next build compares with this one's
    }

    /** How many speeches the stage ranked again (the others' rankings were kept), or -1 before it ran. */
    synchronized int rankedAgain() {
        return next == null ? -1 : next.rankedAgain();
    }

    /** Writes what this build found; nothing when the stage did not run. */
    public synchronized void save(Path file) throws IOException {
        if (next == null) {
            return;
        }
        if (next.unchanged() && this.file != null) {
            // The state read is the one to keep: the file it was read from, as it was (it was checked whole).
            Files.copy(this.file, file, StandardCopyOption.REPLACE_EXISTING);
        } else {
            KeptFile.write(file, FORMAT, version, next.state()::write);
        }
    }
}
