package dev.portico.api;

/**
 * A group of routes in its own class, included into the application with
 * {@code include(router)} or {@code include(router, "/prefix")} (Powertools' {@code Router}).
 *
 * <pre>{@code
 * public final class TodoRoutes {
 *     public static Router router(TodoStore store) {
 *         Router router = new Router();
 *         router.get("/", req -> store.all());
 *         router.get("/{id}", req -> store.find(req.pathParam("id")));
 *         return router;
 *     }
 * }
 * }</pre>
 */
public final class Router extends Routes<Router> {

    /** An empty router. */
    public Router() {
    }
}
