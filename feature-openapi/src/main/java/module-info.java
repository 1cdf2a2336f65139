/**
 * Portico's OpenAPI feature: typed routes whose parameters, bodies and results are coerced and
 * validated (422 with every problem listed), an OpenAPI 3.1 document generated from the routes,
 * Swagger UI, and {@link dev.portico.feature.openapi.SchemaValidationMiddleware} for JSON Schemas
 * written by hand.
 *
 * <p>{@code dev.portico.feature.openapi} holds what applications call ({@code OpenApi},
 * {@code OpenApiConfig}, the validation errors); {@code dev.portico.feature.openapi.annotations}
 * the annotations of typed routes. The feature is discovered with {@link java.util.ServiceLoader}.
 */
module dev.portico.feature.openapi {
    requires transitive dev.portico.core;
    requires everit.json.schema;
    requires org.json;
    // Optional: Bean Validation constraint annotations are read when the application has the jar.
    requires static jakarta.validation;

    exports dev.portico.feature.openapi;
    exports dev.portico.feature.openapi.annotations;

    provides dev.portico.api.spi.Feature with dev.portico.feature.openapi.OpenApiFeature;
}
