package wengao.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Whether the heap has room for the update of the search index and its export beside the rest of a build. Beside
 * it, their working sets (every unit's key, the postings being exported) are held at once with the shared
 * passages'; a corpus of tens of thousands of speeches does not leave that room in the heap a build is given
 * (20,000 generated speeches ran out of a 1.9 GB heap so), while a small one leaves most of the heap free. Judged
 * by what the heap's longest-lived space holds once the corpus is read: live data and garbage not yet collected, so
 * that the judgment errs on the side of running one after the other. The site is the same either way.
 */
final class HeapRoom {

    private HeapRoom() {
    }

    /** The judgment builds take; tests fix it to one way or the other, to compare each with a clean build. */
    static java.util.function.BooleanSupplier judge = HeapRoom::measured;

    static boolean forSideBySide() {
        return judge.getAsBoolean();
    }

    /** True when what the heap holds is under a third of what it may grow to. */
    static boolean measured() {
        long max = Runtime.getRuntime().maxMemory();
        if (max == Long.MAX_VALUE) {
            return true;
        }
        return held() * 3 < max;
    }

    /** The old generation's use where the collector has one (all of them but the experimental), else the heap's. */
    private static long held() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName();
            if (pool.getType() == MemoryType.HEAP && (name.contains("Old") || name.contains("Tenured"))) {
                return pool.getUsage().getUsed();
            }
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
