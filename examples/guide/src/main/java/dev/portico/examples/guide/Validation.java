package dev.portico.examples.guide;

import dev.portico.api.Response;
import dev.portico.feature.openapi.OpenApi;
import dev.portico.feature.openapi.RequestValidationError;
import dev.portico.feature.openapi.SchemaValidationMiddleware;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.lang.System.Logger.Level;

/** Data validation, from {@code portico-feature-openapi}. */
public final class Validation {
    private static final System.Logger LOG = System.getLogger(Validation.class.getName());

    private Validation() {
    }

    /** @return the typed routes of {@link TodoApi} */
    public static ApiGatewayRestResolver app() {
        // tag::include[]
        var app = ApiGatewayRestResolver.builder();
        app.include(OpenApi.routes(new TodoApi()));
        // end::include[]
        return app.build();
    }

    /** @return typed routes constrained with Jakarta Bean Validation's annotations */
    public static ApiGatewayRestResolver beanValidation() {
        var app = ApiGatewayRestResolver.builder();
        app.include(OpenApi.routes(new SignupApi()));
        return app.build();
    }

    /** @return the typed routes, answering validation errors without their details */
    public static ApiGatewayRestResolver opaqueErrors() {
        var app = ApiGatewayRestResolver.builder();
        app.include(OpenApi.routes(new TodoApi()));
        // tag::sanitized[]
        app.exceptionHandler(RequestValidationError.class, (e, request) -> {
            LOG.log(Level.WARNING, "Invalid request to " + request.path() + ": " + e.errors());
            return Response.of(422, "application/json", "{\"message\":\"Invalid data\"}");
        });
        // end::sanitized[]
        return app.build();
    }

    // tag::schema[]
    static final String TODO_SCHEMA = """
            {"type": "object",
             "required": ["title"],
             "properties": {"title": {"type": "string", "minLength": 1},
                            "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 3}}}""";
    // end::schema[]

    /** @return a plain route whose body a JSON Schema checks */
    public static ApiGatewayRestResolver schemaValidation() {
        var app = ApiGatewayRestResolver.builder();
        // tag::schema-use[]
        app.post("/notes", request -> Response.status(201).body(request.json()).build())
                .middleware(new SchemaValidationMiddleware(TODO_SCHEMA));
        // end::schema-use[]
        return app.build();
    }
}
