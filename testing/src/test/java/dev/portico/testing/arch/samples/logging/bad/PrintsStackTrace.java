package dev.portico.testing.arch.samples.logging.bad;

/** Prints a stack trace to standard error. */
public class PrintsStackTrace {
    /** @param e the failure */
    public void report(Exception e) {
        e.printStackTrace();
    }
}
