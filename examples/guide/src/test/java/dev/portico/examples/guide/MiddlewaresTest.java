package dev.portico.examples.guide;

import static dev.portico.examples.guide.Wire.assertMatches;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import org.junit.jupiter.api.Test;

/** docs/guide/middleware.md. */
class MiddlewaresTest {

    @Test
    void theFirstMiddleware() {
        PorticoClient client = PorticoClient.of(Middlewares.firstMiddleware());
        assertMatches("middleware/correlation-id.json",
                client.get("/todos").header("X-Correlation-Id", "f4c3b00c-1a2b-4c5d-8e9f-0a1b2c3d4e5f").send().raw());
        TestResponse generated = client.get("/todos").requestId("req-1").send();
        assertEquals("req-1", generated.header("X-Correlation-Id"));
    }

    @Test
    void globalThenRouterThenRouteMiddlewares() {
        PorticoClient client = PorticoClient.of(Middlewares.order());
        assertEquals(Wire.tree("[\"global 1\",\"global 2\",\"route\"]"), client.get("/todos").send().json());
        assertEquals(Wire.tree("[\"global 1\",\"global 2\",\"admin router\",\"route\"]"),
                client.get("/admin/stats").send().json());
    }

    @Test
    void returningEarly() {
        PorticoClient client = PorticoClient.of(Middlewares.earlyReturn());
        assertMatches("middleware/early-return.json", client.get("/todos").send().raw());
        assertEquals(200, client.get("/todos").header("X-Correlation-Id", "c-1").send().status());
        assertMatches("middleware/early-return-415.json",
                client.post("/todos").header("X-Correlation-Id", "c-1").body("id=3").send().raw());
        assertEquals(201, client.post("/todos").header("X-Correlation-Id", "c-1")
                .jsonBody(new Todo(3, "Call mom", false)).send().status());
        assertEquals(400, client.get("/nowhere").send().status(), "global middlewares run for unknown paths too");
    }

    @Test
    void aMiddlewareCatchingErrors() {
        PorticoClient client = PorticoClient.of(Middlewares.exceptions());
        assertMatches("middleware/caught.json", client.get("/todos/9").header("X-Correlation-Id", "c-9").send().raw());
        TestResponse uncaught = client.get("/plain/9").header("X-Correlation-Id", "c-9").send();
        assertEquals(404, uncaught.status());
        assertEquals(Wire.tree("{\"statusCode\":404,\"message\":\"No such todo\"}"), uncaught.json());
        assertNull(uncaught.header("X-Correlation-Id"), "an error no middleware catches skips their after parts");
        // The default 404 comes back from next.handle() as a response: correlationId decorates it.
        assertMatches("middleware/default-404.json",
                client.get("/nowhere").header("X-Correlation-Id", "c-9").send().raw());
    }

    @Test
    void aClassBasedMiddleware() {
        TestResponse r = PorticoClient.of(Middlewares.classBased()).get("/todos").header("x-request-id", "abc").send();
        assertEquals("abc", r.header("X-Request-Id"));
        assertEquals("abc", r.body());
    }

    @Test
    void theOrderDoesNotDependOnWhereUseIsCalled() {
        var app = dev.portico.source.apigw.rest.ApiGatewayRestResolver.builder();
        dev.portico.api.Router router = new dev.portico.api.Router();
        router.use(Middlewares.trace("router"));
        router.get("/stats", request -> request.context().get("seen"));
        app.include(router, "/admin");
        app.use(Middlewares.trace("global"));
        assertEquals(Wire.tree("[\"global\",\"router\"]"), PorticoClient.of(app.build()).get("/admin/stats").send().json());
    }

    @Test
    void aMiddlewareReturningNullIsABug() {
        var app = dev.portico.source.apigw.rest.ApiGatewayRestResolver.builder();
        app.use((request, next) -> null);
        app.get("/todos", request -> Todos.SAMPLE);
        assertEquals(500, PorticoClient.of(app.build()).get("/todos").send().status());
    }
}
