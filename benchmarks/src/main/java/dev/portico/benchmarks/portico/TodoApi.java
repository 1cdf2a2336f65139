package dev.portico.benchmarks.portico;

import dev.portico.api.Response;
import dev.portico.core.Resolver;
import java.util.List;

/**
 * The benchmark API: {@code GET /todos}, {@code GET /todos/{id}}, {@code POST /todos} (the body
 * bound to a {@link Todo} with {@code request.body(Todo.class)}, answered 201 with it), then filler
 * routes up to a total, alternating {@code GET /res<k>} and {@code GET /res<k>/{id}} (the rule
 * {@code dev.portico.benchmarks.baseline.JacksonApi} follows).
 */
public final class TodoApi {
    private static final List<Todo> TODOS = List.of(new Todo("1", "Todo 1", false), new Todo("2", "Todo 2", true));

    private TodoApi() {
    }

    /**
     * Declares the routes.
     *
     * @param app the builder
     * @param routes how many routes in all, at least 3
     * @param <B> the builder type
     * @return the builder
     */
    public static <B extends Resolver.Builder> B routes(B app, int routes) {
        app.get("/todos", request -> TODOS);
        app.get("/todos/{id}", request -> {
            String id = request.pathParam("id");
            return new Todo(id, "Todo " + id, false);
        });
        app.post("/todos", request -> Response.status(201).body(request.body(Todo.class)).build());
        // The filler paths are made here, where an application has them as literals: with a
        // StringBuilder, not string concatenation, whose method-handle chain (interpreted at start-up)
        // costs several times more per string and would be charged to the router.
        for (int i = 0; i < routes - 3; i++) {
            String name = new StringBuilder(8).append("res").append(i / 2).toString();
            if (i % 2 == 0) {
                app.get(new StringBuilder(9).append('/').append(name).toString(), request -> new Item(name, "all"));
            } else {
                app.get(new StringBuilder(14).append('/').append(name).append("/{id}").toString(),
                        request -> new Item(name, request.pathParam("id")));
            }
        }
        return app;
    }
}
