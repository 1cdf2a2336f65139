package dev.portico.examples.todo;

import dev.portico.api.Router;

/**
 * The plain (untyped) part of the {@code /todos} resource, in its own class: the list, compressed
 * for clients that accept gzip. Plain routes are documented in the OpenAPI document too, from their
 * summary and tags.
 */
public final class TodoRoutes {
    private final TodoStore store;

    /** @param store where todos live */
    public TodoRoutes(TodoStore store) {
        this.store = store;
    }

    /** @return the routes, relative to {@code /todos} */
    public Router router() {
        Router router = new Router();
        router.get("/", request -> store.all()).compress().summary("List todos").tags("todos")
                .operationId("listTodos");
        return router;
    }
}
