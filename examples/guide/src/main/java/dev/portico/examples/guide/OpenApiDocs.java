package dev.portico.examples.guide;

import dev.portico.api.Response;
import dev.portico.api.UnauthorizedError;
import dev.portico.feature.openapi.OpenApi;
import dev.portico.feature.openapi.OpenApiConfig;
import dev.portico.feature.openapi.OperationDoc;
import dev.portico.feature.openapi.SecurityScheme;
import dev.portico.feature.openapi.SwaggerUi;
import dev.portico.feature.openapi.annotations.ApiResponse;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Extension;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.feature.openapi.annotations.Max;
import dev.portico.feature.openapi.annotations.Operation;
import dev.portico.feature.openapi.annotations.Path;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.feature.openapi.annotations.Query;
import dev.portico.feature.openapi.annotations.Security;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The OpenAPI document and Swagger UI, from {@code portico-feature-openapi}. */
public final class OpenApiDocs {

    private OpenApiDocs() {
    }

    /** A small typed API, documented in detail. */
    public static final class CatalogApi {
        // tag::operation[]
        /**
         * @param id the todo's id
         * @return the todo
         */
        @Get("/todos/{todo_id}")
        @Operation(summary = "Get a todo", description = "Returns one todo by its id.", tags = "todos",
                operationId = "getTodo", responseDescription = "The todo")
        @ApiResponse(status = 404, description = "There is no todo with this id")
        @Security(value = "oauth2", scopes = "todos:read")
        @Extension(name = "x-amazon-apigateway-integration", value = "{\"type\":\"aws_proxy\",\"httpMethod\":\"POST\"}")
        public Todo todo(@Path(value = "todo_id", description = "The todo's id", example = "1") @Max(999) int id) {
            return Todos.find(id).orElseThrow();
        }
        // end::operation[]

        // tag::parameters[]
        /**
         * @param pageSize how many todos to return
         * @param traceLevel an internal switch: validated, left out of the document
         * @return the todos
         */
        @Get("/todos")
        @Operation(tags = "todos")
        public List<Todo> todos(@Query(value = "page_size", examples = {"10", "50"}) @Max(100) Optional<Integer> pageSize,
                                @Query(value = "trace_level", includeInSchema = false) @Max(3) Optional<Integer> traceLevel) {
            return Todos.SAMPLE.stream().limit(pageSize.orElse(10)).toList();
        }

        /**
         * @param todos the todos to import
         * @return a ticket
         */
        @Post("/todos/import")
        @Operation(tags = "todos")
        @ApiResponse(status = 202, description = "The import has started", title = "Ticket")
        public String importTodos(@Body(description = "The todos to import") List<Todo> todos) {
            return "ticket-" + todos.size();
        }
        // end::parameters[]
    }

    /** @return the documented application */
    public static ApiGatewayRestResolver app() {
        // tag::config[]
        var app = ApiGatewayRestResolver.builder();
        app.configure(OpenApiConfig.builder()
                .title("Todo API")
                .version("1.2.0")
                .description("Todos, validated and documented.")
                .contact("Todo team", "https://example.com/team", "todos@example.com")
                .license(new OpenApiConfig.License("Apache 2.0", "Apache-2.0", null))
                .server("https://api.example.com/prod", "Production")
                .securityScheme("oauth2", SecurityScheme.oauth2().authorizationCode(
                        "https://auth.example.com/authorize", "https://auth.example.com/token",
                        Map.of("todos:read", "Read todos")))
                .extension("x-owner", "todo-team")
                .tag("todos", "Create, list and read todos")
                .build());
        app.include(OpenApi.routes(new CatalogApi()));
        // end::config[]
        // tag::plain-route[]
        app.get("/health", request -> "OK")
                .summary("Health check")
                .tags("operations")
                .option(OperationDoc.OPTION, OperationDoc.builder()
                        .response(200, "The service is up", String.class, "text/plain")
                        .optionalSecurity()
                        .build());
        app.get("/internal/metrics", request -> Map.of("requests", 0)).includeInSchema(false);
        // end::plain-route[]
        return app.build();
    }

    /** @return an application with Swagger UI behind an API key */
    public static ApiGatewayRestResolver swagger() {
        // tag::swagger[]
        var app = ApiGatewayRestResolver.builder();
        app.configure(OpenApiConfig.builder()
                .title("Todo API")
                .swaggerUi(SwaggerUi.builder()
                        .path("/docs")                                 // default: /swagger
                        .persistAuthorization(true)
                        .middleware((request, next) -> {               // Swagger UI is public unless you guard it
                            if (!"let-me-in".equals(request.header("X-Api-Key"))) {
                                throw new UnauthorizedError("Unauthorized");
                            }
                            return next.handle(request);
                        })
                        .build())
                .build());
        app.include(OpenApi.routes(new TodoApi()));
        // end::swagger[]
        return app.build();
    }

    /** @return an application whose Swagger UI loads its files from a CDN of your choice */
    public static ApiGatewayRestResolver swaggerFromCdn() {
        var app = ApiGatewayRestResolver.builder();
        // tag::cdn[]
        app.configure(OpenApiConfig.builder()
                .swaggerUi(SwaggerUi.builder().cdn("https://cdn.example.com/swagger-ui/5.17.14").build())
                .build());
        // end::cdn[]
        app.get("/todos", request -> Response.ok(Todos.SAMPLE));
        return app.build();
    }
}
