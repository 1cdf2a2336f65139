package dev.portico.examples.guide;

import dev.portico.api.NotFoundError;
import dev.portico.api.Request;
import dev.portico.api.Response;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.util.List;
import java.util.Map;

/** The routing guide: dynamic routes, catch-all routes, HTTP methods. */
public final class Routing {

    private Routing() {
    }

    /** @return {@code GET /todos/{todoId}} */
    public static ApiGatewayRestResolver dynamicRoutes() {
        // tag::dynamic[]
        var app = ApiGatewayRestResolver.builder();
        app.get("/todos/{todoId}", request -> {
            int id = Integer.parseInt(request.pathParam("todoId"));
            return Todos.find(id).orElseThrow(() -> new NotFoundError("No todo " + id));
        });
        // end::dynamic[]
        return app.build();
    }

    /** @return nested path parameters, in both template syntaxes */
    public static ApiGatewayRestResolver nestedRoutes() {
        var app = ApiGatewayRestResolver.builder();
        // tag::nested[]
        app.get("/users/{userId}/todos/{todoId}", request -> request.pathParams());
        app.get("/teams/<teamId>/members/<memberId>", request -> request.pathParams()); // Powertools' syntax
        // end::nested[]
        return app.build();
    }

    /** @return catch-all routes: a greedy parameter and regular expressions */
    public static ApiGatewayRestResolver catchAllRoutes() {
        var app = ApiGatewayRestResolver.builder();
        // tag::catch-all[]
        app.get("/files/{path+}", request -> "file " + request.pathParam("path"));
        app.get("/accounts/{accountId}/.+", request -> "account " + request.pathParam("accountId"));
        app.any(".+", request -> "anything else: " + request.method() + " " + request.path());
        app.get("/todos", request -> Todos.SAMPLE); // explicit routes win, whatever the order
        // end::catch-all[]
        return app.build();
    }

    /** @return one route per method, and routes for several methods */
    public static ApiGatewayRestResolver httpMethods() {
        var app = ApiGatewayRestResolver.builder();
        // tag::methods[]
        app.get("/todos", request -> Todos.SAMPLE);
        app.post("/todos", request -> {
            Todo todo = request.body(Todo.class);
            return Response.status(201).header("Location", "/todos/" + todo.id()).body(todo).build();
        });
        app.delete("/todos/{id}", request -> Response.status(204).build());
        // end::methods[]
        // tag::multiple-methods[]
        app.route(List.of("PUT", "PATCH"), "/todos/{id}", Routing::save);
        app.route("TRACE", "/echo", request -> request.method() + " " + request.path()); // no shortcut for TRACE
        app.any("/ping", request -> Map.of("method", request.method())); // every method
        // end::multiple-methods[]
        return app.build();
    }

    /** @return routes whose answers browsers and CDNs may cache */
    public static ApiGatewayRestResolver cacheControl() {
        var app = ApiGatewayRestResolver.builder();
        // tag::cache-control[]
        app.get("/todos", request -> Todos.SAMPLE).cacheControl("max-age=600");      // 2xx: max-age=600
        app.get("/todos/{id}", request -> Todos.find(Integer.parseInt(request.pathParam("id")))
                .orElseThrow(() -> new NotFoundError("No todo " + request.pathParam("id"))))
                .cacheControl("max-age=600");                                        // else: no-cache
        // end::cache-control[]
        return app.build();
    }

    // tag::save[]
    static Object save(Request request) {
        Todo todo = request.body(Todo.class);
        String verb = request.method().equals("PUT") ? "replaced" : "updated";
        return verb + " todo " + request.pathParam("id") + ": " + todo.title();
    }
    // end::save[]
}
