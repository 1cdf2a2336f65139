/**
 * Portico's event source for Amazon API Gateway HTTP APIs (payload format 2.0):
 * {@link dev.portico.source.apigw.http.ApiGatewayHttpSource}.
 */
module dev.portico.source.apigw.http {
    requires transitive dev.portico.api;
    requires transitive aws.lambda.java.events;
    requires transitive dev.portico.core;
    requires transitive dev.portico.source.payloadv2;

    exports dev.portico.source.apigw.http;

    provides dev.portico.api.spi.EventSource with dev.portico.source.apigw.http.ApiGatewayHttpSource;
}
