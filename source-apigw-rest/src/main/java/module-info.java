/**
 * Portico event source for API Gateway REST APIs (Lambda proxy integration, payload format 1.0):
 * {@link dev.portico.source.apigw.rest.ApiGatewayRestSource}, found by {@link java.util.ServiceLoader},
 * and {@link dev.portico.source.apigw.rest.ApiGatewayRestResolver}, a resolver fixed to that source
 * with a typed {@code RequestHandler} entry point.
 */
module dev.portico.source.apigw.rest {
    requires transitive dev.portico.api;
    requires transitive dev.portico.core;
    requires transitive aws.lambda.java.events;

    exports dev.portico.source.apigw.rest;

    provides dev.portico.api.spi.EventSource with dev.portico.source.apigw.rest.ApiGatewayRestSource;
}
