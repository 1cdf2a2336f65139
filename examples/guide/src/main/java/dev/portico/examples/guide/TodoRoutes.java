package dev.portico.examples.guide;

import dev.portico.api.ForbiddenError;
import dev.portico.api.NotFoundError;
import dev.portico.api.Response;
import dev.portico.api.Router;

// tag::router[]
/** The {@code /todos} routes, in their own class; the application includes them under a prefix. */
public final class TodoRoutes {

    private TodoRoutes() {
    }

    /** @return the routes: {@code /} and {@code /{id}} become {@code /todos} and {@code /todos/{id}} */
    public static Router router() {
        Router router = new Router();
        router.get("/", request -> Todos.SAMPLE);
        router.get("/{id}", request -> Todos.find(Integer.parseInt(request.pathParam("id")))
                .orElseThrow(() -> new NotFoundError("No todo " + request.pathParam("id"))));
        router.delete("/{id}", request -> {
            if (!Boolean.TRUE.equals(request.context().get("isAdmin"))) {    // shared by the application
                throw new ForbiddenError("Only admins delete todos");
            }
            return Response.status(204).build();
        });
        return router;
    }
}
// end::router[]
