package dev.portico.examples.guide;

import static dev.portico.examples.guide.Wire.assertMatches;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.testing.PorticoClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/guide/routers.md. */
class RoutersTest {
    private final PorticoClient client = PorticoClient.of(Routers.app());

    @Test
    void aRouterIncludedUnderAPrefix() {
        assertEquals(2, client.get("/todos").send().json().size());
        assertEquals(2, client.get("/todos/").send().json().size());
        assertEquals("Write docs", client.get("/todos/2").send().json().get("title").asText());
        assertEquals(List.of("/todos", "/todos/{id}", "/todos/{id}", "/health"),
                Routers.app().routes().stream().map(r -> r.path()).toList());
    }

    @Test
    void sharedContext() {
        assertMatches("routers/health.json", client.get("/health").send().raw());
        assertMatches("routers/forbidden.json", client.delete("/todos/1").send().raw());
        assertEquals(204, client.delete("/todos/1").header("X-Role", "admin").send().status());
    }

    @Test
    void routerMiddlewaresGuardTheirRoutesOnly() {
        PorticoClient scoped = PorticoClient.of(Routers.scopedMiddleware());
        assertEquals(401, scoped.get("/admin/stats").send().status());
        assertEquals(Wire.tree("{\"todos\":2}"), scoped.get("/admin/stats").header("X-Api-Key", "let-me-in").send().json());
        assertEquals(200, scoped.get("/todos").send().status());
    }
}
