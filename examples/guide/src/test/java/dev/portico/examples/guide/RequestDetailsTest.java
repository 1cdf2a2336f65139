package dev.portico.examples.guide;

import static dev.portico.examples.guide.Wire.assertMatches;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.testing.EventFormat;
import dev.portico.testing.HttpApiEventBuilder;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.RestEventBuilder;
import dev.portico.testing.TestContext;
import dev.portico.testing.TestResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/guide/requests.md. */
class RequestDetailsTest {
    private final PorticoClient client = PorticoClient.of(RequestDetails.queryAndBody());

    @Test
    void queryStrings() {
        assertMatches("requests/query.json", client.get("/todos?completed=true").send().raw());
        assertEquals(Wire.tree("[{\"id\":1,\"title\":\"Buy milk\",\"completed\":false}]"),
                client.get("/todos").query("id", "1").query("id", "3").send().json());
        assertEquals(2, client.get("/todos").send().json().size());
    }

    @Test
    void bodies() {
        assertMatches("requests/body.json",
                client.post("/todos").jsonBody("{\"id\":3,\"title\":\"Call mom\",\"completed\":false}").send().raw());
        assertEquals("received 2 todos", client.post("/todos/bulk").jsonBody(Todos.SAMPLE).send().body());
        assertEquals(Wire.tree("[\"Buy milk\",\"Write docs\"]"),
                client.post("/todos/titles").jsonBody(Todos.SAMPLE).send().json());
        assertEquals("received 11 characters", client.post("/notes").body("Hello, Ann!").send().body());
        assertEquals("received 5 characters", client.post("/notes").body(new byte[] {'b', 'y', 't', 'e', 's'}).send().body(),
                "base64 bodies are decoded");
    }

    @Test
    void bodiesThatDoNotFitAnswer400() {
        assertMatches("requests/body-not-json.json", client.post("/todos").body("{\"id\": 3,").send().raw());
        assertMatches("requests/body-wrong-shape.json",
                client.post("/todos").jsonBody("{\"id\":\"three\",\"title\":\"Call mom\"}").send().raw());
        assertEquals(Wire.tree("{\"statusCode\":400,\"message\":\"Request body is empty; a JSON body is required\"}"),
                client.post("/todos").send().json());
    }

    @Test
    void headersAndCookies() {
        PorticoClient hello = PorticoClient.of(RequestDetails.headersAndCookies());
        for (EventFormat format : EventFormat.values()) {
            TestResponse r = hello.format(format).get("/hello")
                    .header("X-User-Name", "Ann")
                    .header("Accept-Language", "fr")
                    .header("Accept-Language", "en")
                    .cookie("theme", "dark")
                    .send();
            String languages = switch (format) {
                // These services join a repeated header into one value.
                case HTTP_API, FUNCTION_URL, VPC_LATTICE, ALB -> format == EventFormat.ALB ? "en" : "fr,en";
                default -> "fr, en";
            };
            assertEquals("Hello Ann (" + languages + "; theme dark)", r.body(), format.name());
        }
    }

    @Test
    void typedContextKeys() {
        TestResponse r = PorticoClient.of(RequestDetails.contextKeys()).get("/whoami")
                .header("X-User", "Ann").header("X-Role", "admin").send();
        assertMatches("requests/context-keys.json", r.raw());
    }

    @Test
    void requestDetails() {
        TestResponse r = PorticoClient.of(RequestDetails.details()).get("/v1/todos/42")
                .requestId("c0ffee00-1234-4321-9876-0123456789ab")
                .sourceIp("203.0.113.9")
                .context(new TestContext("c0ffee00-1234-4321-9876-0123456789ab").functionName("todo-api"))
                .send();
        assertMatches("requests/details.json", r.raw());
    }

    @Test
    void theRequestIdFallsBackToTheLambdaRequestId() {
        TestResponse r = PorticoClient.of(RequestDetails.details()).format(EventFormat.ALB).get("/todos/1")
                .context(new TestContext("lambda-request-1")).send();
        assertEquals("lambda-request-1", r.json().get("requestId").asText());
        assertEquals("alb", r.json().get("source").asText());
    }

    @Test
    void typedEvents() {
        PorticoClient app = PorticoClient.of(RequestDetails.typedEvents());
        assertEquals("dev", app.get("/stage").customize(RestEventBuilder.class, e -> e.stage("dev")).send().body());
        assertEquals("arn:aws:vpc-lattice:us-east-1:123456789012:service/svc-0123456789abcdef0",
                app.format(EventFormat.VPC_LATTICE_V2).get("/lattice/service").send().body());
        List<String> types = List.of(EventFormat.values()).stream()
                .map(f -> app.format(f).get("/event-type").send().body()).toList();
        assertEquals(List.of("APIGatewayProxyRequestEvent", "APIGatewayV2HTTPEvent", "ApplicationLoadBalancerRequestEvent",
                "ApplicationLoadBalancerRequestEvent", "APIGatewayV2HTTPEvent", "VpcLatticeEvent", "VpcLatticeV2Event"), types);
    }

    @Test
    void askingForAnotherSourcesEventIsABug() {
        TestResponse r = PorticoClient.of(RequestDetails.typedEvents()).format(EventFormat.HTTP_API).get("/stage")
                .customize(HttpApiEventBuilder.class, e -> e.stage("$default")).send();
        assertEquals(500, r.status());
        assertTrue(r.body().contains("Internal Server Error"), r.body());
    }
}
