package dev.portico.examples.guide;

import static dev.portico.examples.guide.Wire.assertMatches;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.testing.PorticoClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/guide/errors.md. */
class ErrorsTest {

    @Test
    void theDefaultNotFoundAnswer() {
        assertMatches("errors/not-found-default.json",
                PorticoClient.of(RestApiHandler.app()).get("/nowhere").send().raw());
    }

    @Test
    void problemDetails() {
        PorticoClient client = PorticoClient.of(Errors.problemDetails());
        assertMatches("errors/problem-422.json", client.get("/todos/apples").send().raw());
        assertMatches("errors/problem-404.json", client.get("/nowhere").send().raw());
        assertEquals(Wire.tree("{\"id\":1,\"title\":\"Buy milk\",\"completed\":false}"),
                client.get("/todos/1").send().json());
    }

    @Test
    void aNotFoundHandler() {
        assertMatches("errors/not-found.json", PorticoClient.of(Errors.notFound()).get("/nowhere").send().raw());
    }

    @Test
    void aMethodNotAllowedHandler() {
        assertMatches("errors/method-not-allowed.json",
                PorticoClient.of(Errors.methodNotAllowed()).delete("/todos").send().raw());
    }

    @Test
    void exceptionHandlers() {
        PorticoClient client = PorticoClient.of(Errors.exceptionHandling());
        assertMatches("errors/exception-handler.json", client.get("/todos/one").send().raw());
        assertEquals(Wire.tree("{\"id\":1,\"title\":\"Buy milk\",\"completed\":false}"), client.get("/todos/1").send().json());
        var slow = client.get("/slow").send();
        assertEquals(503, slow.status());
        assertEquals("5", slow.header("Retry-After"));
        assertEquals("Try again", slow.body());
    }

    @Test
    void httpErrors() {
        PorticoClient client = PorticoClient.of(Errors.httpErrors());
        Map<String, Integer> statuses = Map.of("/bad-request-error", 400, "/unauthorized-error", 401,
                "/forbidden-error", 403, "/not-found-error", 404, "/internal-server-error", 500,
                "/service-unavailable-error", 503, "/service-error", 502);
        statuses.forEach((path, status) -> {
            var r = client.get(path).send();
            assertEquals(status, r.status(), path);
            assertEquals(status, r.json().get("statusCode").asInt(), path);
            assertEquals("application/json", r.header("Content-Type"), path);
        });
        assertMatches("errors/bad-request.json", client.get("/bad-request-error").send().raw());
        assertMatches("errors/service-error.json", client.get("/service-error").send().raw());
        assertEquals(Wire.tree("{\"statusCode\":404,\"message\":\"Not found\"}"), client.get("/not-found-error").send().json());
    }

    @Test
    void aRicherErrorBody() {
        assertMatches("errors/conflict.json", PorticoClient.of(Errors.httpErrors()).put("/todos/7").send().raw());
    }

    @Test
    void unhandledExceptionsAnswer500() {
        assertMatches("errors/unhandled.json", PorticoClient.of(Errors.httpErrors()).get("/bug").send().raw());
    }

    @Test
    void aNotFoundErrorHandlerAlsoAnswersUnknownPaths() {
        PorticoClient client = PorticoClient.of(Errors.notFoundErrors());
        assertEquals(Wire.tree("{\"error\":\"No todo 9\"}"), client.get("/todos/9").send().json());
        assertEquals(Wire.tree("{\"error\":\"Not found\"}"), client.get("/nowhere").send().json());
        assertEquals(404, client.get("/nowhere").send().status());
    }

    @Test
    void aNotFoundHandlerWinsOverANotFoundErrorHandlerForUnknownPaths() {
        var app = dev.portico.source.apigw.rest.ApiGatewayRestResolver.builder();
        app.notFound(request -> dev.portico.api.Response.status(404).body("handler").build());
        app.exceptionHandler(dev.portico.api.NotFoundError.class,
                (e, request) -> dev.portico.api.Response.status(404).body("exception handler").build());
        app.get("/todos/{id}", request -> {
            throw new dev.portico.api.NotFoundError();
        });
        PorticoClient client = PorticoClient.of(app.build());
        assertEquals("handler", client.get("/nowhere").send().body());
        assertEquals("exception handler", client.get("/todos/1").send().body());
    }
}
