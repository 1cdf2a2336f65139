/**
 * Portico's event source for AWS Lambda Function URLs (payload format 2.0):
 * {@link dev.portico.source.function.url.LambdaFunctionUrlSource}.
 */
module dev.portico.source.function.url {
    requires transitive dev.portico.api;
    requires transitive aws.lambda.java.events;
    requires transitive dev.portico.core;
    requires transitive dev.portico.source.payloadv2;

    exports dev.portico.source.function.url;

    provides dev.portico.api.spi.EventSource with dev.portico.source.function.url.LambdaFunctionUrlSource;
}
