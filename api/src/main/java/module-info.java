/**
 * Portico's API: what route handlers, middlewares and plugins are written against.
 *
 * <p>{@code dev.portico.api} holds what application code calls: {@link dev.portico.api.Request},
 * {@link dev.portico.api.Response}, {@link dev.portico.api.Router}, {@link dev.portico.api.Middleware}
 * and the {@link dev.portico.api.ServiceError} family. {@code dev.portico.api.spi} holds what plugin
 * authors implement: {@link dev.portico.api.spi.EventSource} and {@link dev.portico.api.spi.Feature},
 * both discovered with {@link java.util.ServiceLoader} by {@code dev.portico.core}.
 */
module dev.portico.api {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive aws.lambda.java.core;

    exports dev.portico.api;
    exports dev.portico.api.spi;
}
