package dev.portico.testing.arch.samples.logging.bad;

/** Prints instead of logging. */
public class PrintsToStdout {
    /** @param message the message */
    public void log(String message) {
        System.out.println(message);
    }
}
