package dev.portico.testing.arch.samples.logging.bad;

import java.util.logging.Logger;

/** Logs through java.util.logging. */
public class UsesJavaUtilLogging {
    private static final Logger LOG = Logger.getLogger("sample");

    /** @param message the message */
    public void log(String message) {
        LOG.info(message);
    }
}
