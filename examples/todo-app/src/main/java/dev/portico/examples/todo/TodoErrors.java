package dev.portico.examples.todo;

import dev.portico.api.Request;
import dev.portico.api.Response;
import dev.portico.api.Routes;
import dev.portico.api.ServiceError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API's error handling: its own exception mapped to a JSON problem body, and every error
 * response (Portico's own 400/404/405 and the 422 of request validation included) carrying the
 * request's correlation id.
 */
public final class TodoErrors {

    /** Thrown when a todo does not exist: answered 404 {@code {"error":"todo_not_found",...}}. */
    public static final class TodoNotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param id the missing id */
        public TodoNotFound(long id) {
            super("No todo with id " + id);
        }
    }

    private TodoErrors() {
    }

    /**
     * Registers the exception handlers.
     *
     * @param routes the application builder (or a router)
     * @param correlationHeader the header the correlation id goes back in
     */
    public static void register(Routes<?> routes, String correlationHeader) {
        routes.exceptionHandler(TodoNotFound.class,
                (e, request) -> problem(request, correlationHeader, 404, "todo_not_found", e.getMessage()));
        routes.exceptionHandler(ServiceError.class, (e, request) -> Response.status(e.statusCode())
                .setHeader(correlationHeader, CorrelationIdMiddleware.id(request))
                .body(e.body()).build());
    }

    private static Response problem(Request request, String header, int status, String error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        body.put("correlationId", CorrelationIdMiddleware.id(request));
        return Response.status(status).setHeader(header, CorrelationIdMiddleware.id(request)).body(body).build();
    }
}
