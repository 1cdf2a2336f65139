package dev.portico.examples.guide;

import static dev.portico.examples.guide.Wire.assertMatches;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/guide/routing.md. */
class RoutingTest {

    @Test
    void dynamicRoutes() {
        PorticoClient client = PorticoClient.of(Routing.dynamicRoutes());
        assertMatches("routing/dynamic.json", client.get("/todos/1").send().raw());
        assertMatches("routing/dynamic-not-found.json", client.get("/todos/7").send().raw());
        assertEquals(404, client.get("/todos").send().status(), "a parameter needs a segment");
        assertEquals(500, client.get("/todos/one").send().status(), "parameters are strings: parse them yourself");
    }

    @Test
    void nestedRoutesInBothSyntaxes() {
        PorticoClient client = PorticoClient.of(Routing.nestedRoutes());
        assertEquals(Wire.tree("{\"userId\":\"u-42\",\"todoId\":\"7\"}"), client.get("/users/u-42/todos/7").send().json());
        assertEquals(Wire.tree("{\"teamId\":\"blue\",\"memberId\":\"ann\"}"),
                client.get("/teams/blue/members/ann").send().json());
        assertEquals(Wire.tree("{\"userId\":\"a b/c\",\"todoId\":\"1\"}"),
                client.get("/users/a%20b%2Fc/todos/1").send().json(), "each segment is decoded once");
    }

    @Test
    void catchAllRoutes() {
        PorticoClient client = PorticoClient.of(Routing.catchAllRoutes());
        assertEquals("file docs/guide/routing.md", client.get("/files/docs/guide/routing.md").send().body());
        assertEquals("account 42", client.get("/accounts/42/orders/7/lines").send().body());
        assertEquals("anything else: DELETE /some/where", client.delete("/some/where").send().body());
        assertEquals("anything else: GET /accounts/42", client.get("/accounts/42").send().body(),
                "/accounts/{accountId}/.+ needs something after the id");
        assertEquals("application/json", client.get("/todos").send().header("Content-Type"));
        assertEquals("anything else: POST /todos", client.post("/todos").send().body(),
                "the catch-all answers the methods /todos lacks");
    }

    @Test
    void httpMethods() {
        PorticoClient client = PorticoClient.of(Routing.httpMethods());
        TestResponse created = client.post("/todos").jsonBody(new Todo(3, "Call mom", false)).send();
        assertMatches("routing/post.json", created.raw());
        TestResponse deleted = client.delete("/todos/3").send();
        assertEquals(204, deleted.status());
        assertEquals("", deleted.body());
        assertNull(deleted.header("Content-Type"));
        assertEquals("replaced todo 3: Call mom",
                client.put("/todos/3").jsonBody(new Todo(3, "Call mom", false)).send().body());
        assertEquals("updated todo 3: Call dad",
                client.patch("/todos/3").jsonBody(new Todo(3, "Call dad", false)).send().body());
        assertEquals("TRACE /echo", client.request("TRACE", "/echo").send().body());
        for (String method : new String[] {"GET", "POST", "DELETE", "OPTIONS", "PURGE"}) {
            assertEquals(Wire.tree("{\"method\":\"" + method + "\"}"), client.request(method, "/ping").send().json());
        }
    }

    @Test
    void headAndMethodNotAllowed() {
        PorticoClient client = PorticoClient.of(Routing.httpMethods());
        TestResponse head = client.head("/todos").send();
        assertEquals(200, head.status());
        assertEquals("", head.body());
        assertEquals("application/json", head.header("Content-Type"));
        assertMatches("routing/method-not-allowed.json", client.put("/todos").send().raw());
    }

    @Test
    void trailingSlashesAreIgnored() {
        PorticoClient client = PorticoClient.of(Routing.dynamicRoutes());
        assertEquals(Map.of("id", 1), Map.of("id", client.get("/todos/1/").send().json().get("id").asInt()));
    }

    @Test
    void cacheControlPerRoute() {
        PorticoClient client = PorticoClient.of(Routing.cacheControl());
        TestResponse list = client.get("/todos").send();
        assertEquals(200, list.status());
        assertEquals("max-age=600", list.header("Cache-Control"));
        assertMatches("routing/cache-control-404.json", client.get("/todos/9").send().raw());
    }
}
