/**
 * Portico's core: {@link dev.portico.core.Resolver} builds an application from routes, discovers
 * event sources and features with {@link java.util.ServiceLoader} (once, at build time), and answers
 * Lambda events. Only {@code dev.portico.core} is exported; the implementation is internal.
 */
module dev.portico.core {
    requires transitive dev.portico.api;

    exports dev.portico.core;

    uses dev.portico.api.spi.EventSource;
    uses dev.portico.api.spi.Feature;
}
