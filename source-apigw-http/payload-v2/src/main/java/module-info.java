/**
 * What Portico's two payload format 2.0 sources (API Gateway HTTP API, Lambda Function URL) share:
 * the format ({@link dev.portico.source.payloadv2.PayloadV2}, free of AWS types),
 * {@link dev.portico.source.payloadv2.PayloadV2Source} and {@link dev.portico.source.payloadv2.PayloadV2Events}.
 * It provides no service: depending on it registers no event source.
 */
module dev.portico.source.payloadv2 {
    requires transitive dev.portico.api;
    requires transitive aws.lambda.java.events;

    exports dev.portico.source.payloadv2;
}
