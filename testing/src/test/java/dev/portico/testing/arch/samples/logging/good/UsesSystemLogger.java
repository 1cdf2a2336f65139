package dev.portico.testing.arch.samples.logging.good;

/** Logs through System.Logger. */
public class UsesSystemLogger {
    private static final System.Logger LOG = System.getLogger("sample");

    /** @param message the message */
    public void log(String message) {
        LOG.log(System.Logger.Level.INFO, message);
    }
}
