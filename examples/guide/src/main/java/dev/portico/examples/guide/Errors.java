package dev.portico.examples.guide;

import dev.portico.api.BadRequestError;
import dev.portico.api.ContentTypes;
import dev.portico.api.ForbiddenError;
import dev.portico.api.InternalServerError;
import dev.portico.api.NotFoundError;
import dev.portico.api.Response;
import dev.portico.api.ServiceError;
import dev.portico.api.ServiceUnavailableError;
import dev.portico.api.UnauthorizedError;
import dev.portico.feature.openapi.OpenApi;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/** Errors: not found, method not allowed, exception handlers, HTTP errors. */
public final class Errors {
    private static final System.Logger LOG = System.getLogger(Errors.class.getName());

    private Errors() {
    }

    /** @return an application answering unknown paths with a teapot */
    public static ApiGatewayRestResolver notFound() {
        var app = ApiGatewayRestResolver.builder();
        app.get("/todos", request -> Todos.SAMPLE);
        // tag::not-found[]
        app.notFound(request -> {
            LOG.log(Level.INFO, "Not found route: " + request.path());
            return Response.status(418).contentType(ContentTypes.TEXT_PLAIN).body("I'm a teapot!").build();
        });
        // end::not-found[]
        return app.build();
    }

    /** @return an application answering other methods of known paths its own way */
    public static ApiGatewayRestResolver methodNotAllowed() {
        var app = ApiGatewayRestResolver.builder();
        app.get("/todos", request -> Todos.SAMPLE);
        // tag::method-not-allowed[]
        app.methodNotAllowed(request -> Response.status(405)
                .body(Map.of("error", request.method() + " is not supported here"))
                .build());  // Portico adds the Allow header
        // end::method-not-allowed[]
        return app.build();
    }

    /** @return an application handling exceptions by type */
    public static ApiGatewayRestResolver exceptionHandling() {
        var app = ApiGatewayRestResolver.builder();
        // tag::exception-handler[]
        app.get("/todos/{id}", request -> Todos.find(Integer.parseInt(request.pathParam("id"))));
        app.exceptionHandler(IllegalArgumentException.class, (e, request) -> {
            LOG.log(Level.WARNING, "Invalid request on " + request.path() + ": " + e.getMessage());
            return Response.status(400).contentType(ContentTypes.TEXT_PLAIN).body("Invalid request parameters.")
                    .build();
        });
        // end::exception-handler[]
        // tag::exception-list[]
        app.get("/slow", request -> {
            throw new TimeoutException("the upstream did not answer");
        });
        app.exceptionHandler(List.of(TimeoutException.class, InterruptedException.class),
                (e, request) -> Response.status(503).header("Retry-After", "5").body("Try again").build());
        // end::exception-list[]
        return app.build();
    }

    /** @return routes raising HTTP errors */
    public static ApiGatewayRestResolver httpErrors() {
        var app = ApiGatewayRestResolver.builder();
        // tag::http-errors[]
        app.get("/bad-request-error", request -> {
            throw new BadRequestError("Missing required parameter");   // 400
        });
        app.get("/unauthorized-error", request -> {
            throw new UnauthorizedError("Unauthorized");               // 401
        });
        app.get("/forbidden-error", request -> {
            throw new ForbiddenError("Not allowed to see this");       // 403
        });
        app.get("/not-found-error", request -> {
            throw new NotFoundError();                                  // 404 "Not found"
        });
        app.get("/internal-server-error", request -> {
            throw new InternalServerError("Internal server error");    // 500
        });
        app.get("/service-unavailable-error", request -> {
            throw new ServiceUnavailableError("Try again later");      // 503
        });
        app.get("/service-error", request -> {
            throw new ServiceError(502, "Something went wrong!");       // any 4xx or 5xx
        });
        // end::http-errors[]
        // tag::conflict-route[]
        app.put("/todos/{id}", request -> {
            throw new ConflictError(request.pathParam("id"));
        });
        // end::conflict-route[]
        app.get("/bug", request -> {
            throw new IllegalStateException("a bug");
        });
        return app.build();
    }

    // tag::conflict[]
    /** A 409 whose body says which todo is in conflict. */
    public static final class ConflictError extends ServiceError {
        private static final long serialVersionUID = 1L;
        private final String todoId;

        /** @param todoId the todo in conflict */
        public ConflictError(String todoId) {
            super(409, "The todo changed in the meantime");
            this.todoId = todoId;
        }

        @Override
        public Object body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("statusCode", statusCode());
            body.put("message", getMessage());
            body.put("todoId", todoId);
            return body;
        }
    }
    // end::conflict[]

    /** @return the not-found answer given by an exception handler for {@link NotFoundError} */
    public static ApiGatewayRestResolver notFoundErrors() {
        var app = ApiGatewayRestResolver.builder();
        // tag::not-found-handler[]
        app.get("/todos/{id}", request -> Todos.find(Integer.parseInt(request.pathParam("id")))
                .orElseThrow(() -> new NotFoundError("No todo " + request.pathParam("id"))));
        app.exceptionHandler(NotFoundError.class, (e, request) -> Response.status(404)
                .body(Map.of("error", e.getMessage()))
                .build());    // answers unknown paths too: the default not-found answer is a NotFoundError
        // end::not-found-handler[]
        return app.build();
    }

    /** @return the typed todo routes, answering every error as an RFC 9457 problem */
    public static ApiGatewayRestResolver problemDetails() {
        // tag::problem-details[]
        var app = ApiGatewayRestResolver.builder()
                .problemDetails(true);                    // application/problem+json for every error
        app.include(OpenApi.routes(new TodoApi()));       // typed routes: a request off its types is a 422
        // end::problem-details[]
        return app.build();
    }
}
