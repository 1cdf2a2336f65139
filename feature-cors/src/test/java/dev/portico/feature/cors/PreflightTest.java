package dev.portico.feature.cors;

import static dev.portico.feature.cors.CorsHeadersTest.DEFAULT_HEADERS;
import static dev.portico.feature.cors.CorsHeadersTest.WWW;
import static dev.portico.feature.cors.CorsHeadersTest.builder;
import static dev.portico.feature.cors.TestSource.headers;
import static dev.portico.feature.cors.TestSource.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.Route;
import dev.portico.api.RouteOption;
import dev.portico.api.UnauthorizedError;
import dev.portico.core.Resolver;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pre-flight OPTIONS routes: one per path, with that path's methods. */
class PreflightTest {
    static final CorsConfig CONFIG = CorsConfig.builder().allowOrigin(WWW).maxAge(300).build();

    static Resolver.Builder app() {
        return builder().configure(CONFIG);
    }

    static String methods(Resolver app, String path) {
        var a = options(path).origin(WWW).header("Access-Control-Request-Method", "GET").send(app);
        assertEquals(204, a.status(), path);
        return a.header("Access-Control-Allow-Methods");
    }

    static List<String> optionsRoutes(Resolver app) {
        return app.routes().stream().filter(r -> r.methods().contains("OPTIONS")).map(Route::path).toList();
    }

    @Test
    void eachPathAnswersWithItsOwnMethods() {
        Resolver.Builder b = app();
        b.get("/todos", r -> "list");
        b.post("/todos", r -> "create");
        b.get("/todos/{id}", r -> "one");
        b.delete("/todos/<todo_id>", r -> "gone");
        b.get("/healthcheck", r -> "ok").cors(false);
        Resolver app = b.build();
        var a = options("/todos").origin(WWW).header("Access-Control-Request-Method", "POST").send(app);
        assertEquals(204, a.status());
        assertEquals(headers("Access-Control-Allow-Methods", "GET,OPTIONS,POST",
                "Access-Control-Allow-Origin", WWW, "Access-Control-Allow-Headers", DEFAULT_HEADERS,
                "Access-Control-Max-Age", "300", "Vary", "Origin"), a.headers());
        assertTrue(a.json().get("b").isNull(), "a 204 has no body: " + a.json());
        assertEquals("DELETE,GET,OPTIONS", methods(app, "/todos/5"));
        assertEquals("GET,OPTIONS,POST", methods(app, "/todos/"));
        assertEquals(List.of("/todos", "/todos/{id}"), optionsRoutes(app));
        assertEquals(405, options("/healthcheck").origin(WWW).send(app).status());
    }

    /**
     * Fetch standard: an OPTIONS request without Access-Control-Request-Method is not a pre-flight. It
     * is routed like any request: here no OPTIONS route of the application answers it, so 405 with
     * Allow (the path's real methods) and the CORS headers of a normal request.
     */
    @Test
    void anOptionsRequestWithoutRequestMethodIsNotAPreflight() {
        Resolver.Builder b = app();
        b.get("/todos", r -> "list");
        b.post("/todos", r -> "create");
        Resolver app = b.build();
        var a = options("/todos").origin(WWW).send(app);
        assertEquals(405, a.status());
        assertEquals(headers("Allow", "GET, HEAD, POST", "Access-Control-Allow-Origin", WWW,
                "Access-Control-Allow-Headers", DEFAULT_HEADERS, "Access-Control-Max-Age", "300", "Vary", "Origin",
                "Content-Type", "application/json"), a.headers());
        assertEquals("{\"statusCode\":405,\"message\":\"Method not allowed\"}", a.body());
        // The same request with the header is a pre-flight.
        assertEquals(204, options("/todos").origin(WWW).header("Access-Control-Request-Method", "POST")
                .send(app).status());
        assertEquals(405, options("/todos").send(app).status());
    }

    /** A user's OPTIONS route still answers non-pre-flight OPTIONS requests; pre-flights get the 204 elsewhere. */
    @Test
    void aNonPreflightOptionsRequestReachesTheApplicationsRouteOnAWiderTemplate() {
        Resolver.Builder b = app();
        b.get("/todos/{id}", r -> "one");
        b.options("/{proxy+}", r -> "mine");
        Resolver app = b.build();
        var a = options("/todos/1").origin(WWW).send(app);
        assertEquals(200, a.status());
        assertEquals("mine", a.body());
        assertEquals(WWW, a.header("Access-Control-Allow-Origin"));
    }

    @Test
    void preflightRoutesStayOutOfTheOpenApiDocument() {
        Resolver.Builder b = app();
        b.get("/todos", r -> "list");
        Route preflight = b.build().routes().get(1);
        assertEquals("OPTIONS /todos", String.join(",", preflight.methods()) + " " + preflight.path());
        assertFalse(preflight.option(RouteOption.INCLUDE_IN_SCHEMA));
    }

    @Test
    void aDisallowedOriginGetsAnEmpty204() {
        Resolver.Builder b = app();
        b.get("/todos", r -> "list");
        Resolver app = b.build();
        var a = options("/todos").origin("https://evil.example.com")
                .header("Access-Control-Request-Method", "GET").send(app);
        assertEquals(204, a.status());
        assertEquals(headers(), a.headers());
        assertEquals(headers(), options("/todos").header("Access-Control-Request-Method", "GET").send(app).headers());
    }

    @Test
    void theApplicationsOwnOptionsRouteWins() {
        Resolver.Builder b = app();
        b.get("/todos", r -> "list");
        b.options("/todos", r -> "mine");
        b.get("/other", r -> "other");
        Resolver app = b.build();
        assertEquals(List.of("/todos", "/other"), optionsRoutes(app));
        var a = options("/todos").origin(WWW).send(app);
        assertEquals(200, a.status());
        assertEquals("mine", a.body());
        assertEquals(WWW, a.header("Access-Control-Allow-Origin"));
    }

    @Test
    void aWideOptionsRouteOfTheApplicationCoversEveryPath() {
        Resolver.Builder b = app();
        b.get("/todos", r -> "list");
        b.get("/todos/{id}", r -> "one");
        b.options("/{proxy+}", r -> "all mine");
        Resolver app = b.build();
        assertEquals(List.of("/{proxy+}"), optionsRoutes(app));
        assertEquals("all mine", options("/todos/1").origin(WWW).send(app).body());
    }

    @Test
    void preflightsSkipApplicationMiddlewares() {
        Resolver.Builder b = app();
        b.use((request, next) -> {
            throw new UnauthorizedError("log in");
        });
        b.get("/todos", r -> "list");
        Resolver app = b.build();
        assertEquals(401, TestSource.get("/todos").origin(WWW).send(app).status());
        assertEquals("GET,OPTIONS", methods(app, "/todos"));
    }

    @Test
    void greedyAndRegexPathsGetTheirOwnPreflights() {
        Resolver.Builder b = app();
        b.get("/files/{path+}", r -> "file");
        b.put("/files/{key+}", r -> "stored");
        b.get("/api/v[0-9]+/items", r -> "items");
        b.get("/todos", r -> "list");
        Resolver app = b.build();
        assertEquals(List.of("/files/{path+}", "/api/v[0-9]+/items", "/todos"), optionsRoutes(app));
        assertEquals("GET,OPTIONS,PUT", methods(app, "/files/a/b/c.txt"));
        assertEquals("GET,OPTIONS", methods(app, "/api/v2/items"));
        assertEquals("GET,OPTIONS", methods(app, "/todos"));
    }

    @Test
    void widerRoutesAddTheMethodsTheRouterFallsBackTo() {
        Resolver.Builder b = app();
        b.get("/todos", r -> "list");
        b.get("/todos/{id}", r -> "one");
        b.patch("/todos/special", r -> "special");
        b.post("/{proxy+}", r -> "anything");
        b.delete("/todos/.+", r -> "regex");
        Resolver app = b.build();
        assertEquals("GET,OPTIONS,POST", methods(app, "/todos"));
        // DELETE /todos/.+ answers /todos/1 as well, but a regular expression is only known to cover
        // literal paths, not the template /todos/{id}: the documented limit of planning at build time.
        assertEquals("GET,OPTIONS,POST", methods(app, "/todos/1"));
        assertEquals("DELETE,GET,OPTIONS,PATCH,POST", methods(app, "/todos/special"));
        assertEquals("OPTIONS,POST", methods(app, "/elsewhere/deep"));
    }

    @Test
    void anyMethodRoutes() {
        Resolver.Builder b = app();
        b.any("/anything", r -> "any:" + r.method());
        b.any("/{proxy+}", r -> "catch-all");
        b.get("/todos", r -> "list");
        Resolver app = b.build();
        assertEquals(List.of("/todos"), optionsRoutes(app));
        assertEquals("any:OPTIONS", options("/anything").origin(WWW).send(app).body());
        assertEquals("DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT", methods(app, "/todos"));
    }
}
