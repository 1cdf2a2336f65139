/**
 * Portico's event source for Application Load Balancer Lambda targets: single- and multi-value
 * header modes, percent-encoded query parameters, and the {@code statusDescription} response shape.
 * Found by {@link java.util.ServiceLoader} as {@link dev.portico.api.spi.EventSource} {@code alb};
 * {@link dev.portico.source.alb.AlbResolver} is a resolver fixed to it, with a typed entry point.
 */
module dev.portico.source.alb {
    requires transitive dev.portico.api;
    requires transitive aws.lambda.java.events;
    requires transitive dev.portico.core;

    exports dev.portico.source.alb;

    provides dev.portico.api.spi.EventSource with dev.portico.source.alb.AlbSource;
}
