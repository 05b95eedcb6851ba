package wengao.pipeline;

/**
 * Hears the stages of a build as they start and end, for a progress line or a log. Stages can run side by side
 * (the search export beside render), so a listener is called from more than one thread.
 */
public interface BuildProgress {

    /** Says nothing. */
    BuildProgress SILENT = new BuildProgress() {
        @Override
        public void started(String stage) {
        }

        @Override
        public void finished(String stage, long nanos) {
        }
    };

    void started(String stage);

    void finished(String stage, long nanos);

    /** The speeches read, once ingest has read them: a build of many speeches is a long one. */
    default void speeches(int count) {
    }
}
