/**
 * Portico's local HTTP server: {@link dev.portico.server.LocalServer} serves any Portico application
 * over real HTTP on the JDK's {@code jdk.httpserver}, for development, tests and containers. It uses
 * only core's exported API ({@link dev.portico.core.Resolver}) and the event sources' SPI. A Lambda
 * function does not need this module.
 */
module dev.portico.server {
    requires transitive dev.portico.core;
    requires jdk.httpserver;

    exports dev.portico.server;
}
