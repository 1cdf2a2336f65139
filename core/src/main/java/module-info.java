/**
 * Portico's core: {@link dev.portico.core.Resolver} builds an application from routes, discovers
 * event sources and features with {@link java.util.ServiceLoader} (once, at build time), and answers
 * Lambda events. {@code dev.portico.core} is exported; the implementation is internal. The local
 * HTTP server is a module of its own ({@code dev.portico.server}, artifact {@code portico-local-server}).
 */
module dev.portico.core {
    requires transitive dev.portico.api;
    // The default JSON codec binds bodies and writes results with jackson-jr, without jackson-databind.
    requires com.fasterxml.jackson.jr.ob;
    // Only for Resolver.prime(), which binds and writes a small record of its own (Engine.PrimeSample).
    opens dev.portico.core.internal to com.fasterxml.jackson.jr.ob;
    // Portico's one-line (text or JSON) log lines when java.util.logging is System.Logger's backend.
    requires java.logging;

    exports dev.portico.core;

    uses dev.portico.api.spi.EventSource;
    uses dev.portico.api.spi.Feature;
}
