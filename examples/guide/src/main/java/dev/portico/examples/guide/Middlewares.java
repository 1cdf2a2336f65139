package dev.portico.examples.guide;

import dev.portico.api.BadRequestError;
import dev.portico.api.Middleware;
import dev.portico.api.Request;
import dev.portico.api.Response;
import dev.portico.api.Router;
import dev.portico.api.ServiceError;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Middlewares: function-style, global and per route, returning early, handling exceptions. */
public final class Middlewares {

    private Middlewares() {
    }

    // tag::correlation-id[]
    static Response correlationId(Request request, Middleware.Next next) throws Exception {
        String id = request.header("X-Correlation-Id");
        if (id == null) {
            id = request.requestId();
        }
        request.appendContext("correlationId", id);             // for handlers and other middlewares
        Response response = next.handle(request);              // the next middleware, or the route
        return response.withHeader("X-Correlation-Id", id);     // a new response, one header set
    }
    // end::correlation-id[]

    /** @return an application with the correlation-id middleware on every request */
    public static ApiGatewayRestResolver firstMiddleware() {
        // tag::use[]
        var app = ApiGatewayRestResolver.builder();
        app.use(Middlewares::correlationId);
        app.get("/todos", request -> Map.of("correlationId", request.context().get("correlationId")));
        // end::use[]
        return app.build();
    }

    // tag::trace[]
    /** A middleware that records its name in the request context, to show the order middlewares run in. */
    static Middleware trace(String name) {
        return (request, next) -> {
            @SuppressWarnings("unchecked")
            List<String> seen = (List<String>) request.context().computeIfAbsent("seen", k -> new ArrayList<String>());
            seen.add(name);
            return next.handle(request);
        };
    }
    // end::trace[]

    /** @return global, router and route middlewares together */
    public static ApiGatewayRestResolver order() {
        // tag::order[]
        var app = ApiGatewayRestResolver.builder();
        app.use(trace("global 1"), trace("global 2"));
        app.get("/todos", request -> request.context().get("seen")).middleware(trace("route"));

        Router admin = new Router();
        admin.use(trace("admin router"));          // only for the router's own routes
        admin.get("/stats", request -> request.context().get("seen")).middleware(trace("route"));
        app.include(admin, "/admin");
        // end::order[]
        return app.build();
    }

    // tag::early-return[]
    static Response requireCorrelationId(Request request, Middleware.Next next) throws Exception {
        if (request.header("X-Correlation-Id") == null) {
            throw new BadRequestError("Correlation ID header is now mandatory.");   // the chain stops here
        }
        return next.handle(request);
    }

    static Response onlyJson(Request request, Middleware.Next next) throws Exception {
        String type = request.header("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            return Response.status(415).body(Map.of("message", "Send JSON")).build();  // or answer yourself
        }
        return next.handle(request);
    }
    // end::early-return[]

    /** @return routes guarded by middlewares that may return early */
    public static ApiGatewayRestResolver earlyReturn() {
        var app = ApiGatewayRestResolver.builder();
        // tag::early-return-use[]
        app.use(Middlewares::requireCorrelationId);
        app.get("/todos", request -> Todos.SAMPLE);
        app.post("/todos", request -> Response.status(201).body(request.body(Todo.class)).build())
                .middleware(Middlewares::onlyJson);
        // end::early-return-use[]
        return app.build();
    }

    // tag::catching[]
    static Response problemDetails(Request request, Middleware.Next next) throws Exception {
        try {
            return next.handle(request);
        } catch (ServiceError e) {                               // thrown by the route or a later middleware
            return Response.status(e.statusCode())
                    .contentType("application/problem+json")
                    .body(Map.of("title", e.getMessage()))
                    .build();
        }
    }
    // end::catching[]

    /** @return an application where one middleware turns HTTP errors into problem details */
    public static ApiGatewayRestResolver exceptions() {
        var app = ApiGatewayRestResolver.builder();
        // tag::catching-use[]
        app.use(Middlewares::correlationId);                      // outer: first in, last out
        app.get("/todos/{id}", request -> Todos.find(Integer.parseInt(request.pathParam("id")))
                .orElseThrow(() -> new ServiceError(404, "No such todo")))
                .middleware(Middlewares::problemDetails);          // inner: catches what the route throws
        app.get("/plain/{id}", request -> Todos.find(Integer.parseInt(request.pathParam("id")))
                .orElseThrow(() -> new ServiceError(404, "No such todo")));
        // end::catching-use[]
        return app.build();
    }

    /** @return an application using the class-based {@link CorrelationIdMiddleware} */
    public static ApiGatewayRestResolver classBased() {
        // tag::class-use[]
        var app = ApiGatewayRestResolver.builder();
        app.use(new CorrelationIdMiddleware("X-Request-Id"));
        app.get("/todos", request -> request.context().get(CorrelationIdMiddleware.CONTEXT_KEY));
        // end::class-use[]
        return app.build();
    }
}
