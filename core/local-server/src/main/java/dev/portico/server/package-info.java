/**
 * A local HTTP server for any Portico application: {@link dev.portico.server.LocalServer} turns
 * HTTP requests into the events of an event source (API Gateway REST by default), answers them
 * through the application's Lambda entry point and sends the response back as HTTP. Built on the JDK's
 * {@code com.sun.net.httpserver} (module {@code jdk.httpserver}), with no other dependency; on the
 * class path, as in Lambda, none of it is loaded unless an application starts a server.
 */
package dev.portico.server;
