package dev.portico.core.internal;

/**
 * Portico's logger, created on first use: looking a {@link System.Logger} up initialises the JDK's
 * logging backend, which a cold start should not pay for when nothing is logged.
 */
final class Log {
    private Log() {
    }

    private static final class Holder {
        static final System.Logger LOGGER = System.getLogger("dev.portico");
    }

    static System.Logger get() {
        return Holder.LOGGER;
    }
}
