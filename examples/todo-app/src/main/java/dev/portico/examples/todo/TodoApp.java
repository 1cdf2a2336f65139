package dev.portico.examples.todo;

import dev.portico.api.NotFoundError;
import dev.portico.api.Response;
import dev.portico.api.Router;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;

/** The todo API's routes, on API Gateway REST events. */
public final class TodoApp {

    private TodoApp() {
    }

    /** The body of {@code POST /todos}. */
    record NewTodo(String title, boolean completed) {
    }

    /**
     * @param store where todos live
     * @return the routes
     */
    public static Router todos(TodoStore store) {
        Router router = new Router();
        router.get("/", request -> store.all());
        router.get("/{id}", request -> store.find(Long.parseLong(request.pathParam("id")))
                .orElseThrow(() -> new NotFoundError("No todo " + request.pathParam("id"))));
        router.post("/", request -> {
            NewTodo body = request.body(NewTodo.class);
            return Response.status(201).body(store.create(body.title(), body.completed())).build();
        });
        return router;
    }

    /**
     * @param store where todos live
     * @return the application
     */
    public static ApiGatewayRestResolver create(TodoStore store) {
        return ApiGatewayRestResolver.builder()
                .include(todos(store), "/todos")
                .exceptionHandler(NumberFormatException.class,
                        (e, request) -> Response.status(400).body(java.util.Map.of("message", "ids are numbers")).build())
                .build();
    }
}
