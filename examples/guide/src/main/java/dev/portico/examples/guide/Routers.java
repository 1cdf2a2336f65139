package dev.portico.examples.guide;

import dev.portico.api.Router;
import dev.portico.api.UnauthorizedError;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.util.Map;

/** Routers: routes split over classes, included with a prefix, sharing context. */
public final class Routers {

    private Routers() {
    }

    /** @return the application assembled from routers */
    public static ApiGatewayRestResolver app() {
        // tag::include[]
        var app = ApiGatewayRestResolver.builder();
        app.include(TodoRoutes.router(), "/todos");
        app.include(HealthRoutes.router());                 // no prefix: its paths stay as declared
        // end::include[]
        // tag::context[]
        app.appendContext("region", "eu-west-1");          // every request's context starts with it
        app.use((request, next) -> {                        // and a middleware adds per-request entries
            request.appendContext("isAdmin", "admin".equals(request.header("X-Role")));
            return next.handle(request);
        });
        // end::context[]
        return app.build();
    }

    /** Routes under no prefix. */
    static final class HealthRoutes {
        private HealthRoutes() {
        }

        // tag::health[]
        static Router router() {
            Router router = new Router();
            router.get("/health", request -> Map.of("region", request.context().get("region")));
            return router;
        }
        // end::health[]
    }

    /** @return an application whose admin router has a guard of its own */
    public static ApiGatewayRestResolver scopedMiddleware() {
        // tag::scoped[]
        Router admin = new Router();
        admin.use((request, next) -> {
            if (!"let-me-in".equals(request.header("X-Api-Key"))) {
                throw new UnauthorizedError("Unauthorized");
            }
            return next.handle(request);
        });
        admin.get("/stats", request -> Map.of("todos", Todos.SAMPLE.size()));

        var app = ApiGatewayRestResolver.builder();
        app.include(admin, "/admin");                      // the guard runs for /admin/stats only
        app.include(TodoRoutes.router(), "/todos");        // /todos stays open
        // end::scoped[]
        return app.build();
    }
}
