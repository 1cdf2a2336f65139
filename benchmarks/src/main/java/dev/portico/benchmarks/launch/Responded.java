package dev.portico.benchmarks.launch;

/**
 * Loaded right after the first response, so that a {@code -Xlog:class+load} log shows where the
 * response was complete: {@code ClassLoadProfile} counts only the classes loaded before it.
 */
public final class Responded {

    private Responded() {
    }

    /** Loads this class; does nothing else. */
    public static void mark() {
        // Loading the class is the point.
    }
}
