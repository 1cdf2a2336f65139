/**
 * Portico's core: {@link dev.portico.core.Resolver} builds an application from routes, discovers
 * event sources and features with {@link java.util.ServiceLoader} (once, at build time), and answers
 * Lambda events. {@code dev.portico.core} and {@code dev.portico.core.server} (a local HTTP server
 * for any application, on the JDK's {@code jdk.httpserver}) are exported; the implementation is
 * internal.
 */
module dev.portico.core {
    requires transitive dev.portico.api;
    // The default JSON codec binds bodies and writes results with jackson-jr, without jackson-databind.
    requires com.fasterxml.jackson.jr.ob;
    // Only for Resolver.prime(), which binds and writes a small record of its own (Engine.PrimeSample).
    opens dev.portico.core.internal to com.fasterxml.jackson.jr.ob;
    // Only dev.portico.core.server (the local HTTP server) uses it; nothing else loads it.
    requires jdk.httpserver;

    exports dev.portico.core;
    exports dev.portico.core.server;

    uses dev.portico.api.spi.EventSource;
    uses dev.portico.api.spi.Feature;
}
