package dev.portico.examples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.portico.server.LocalServer;
import dev.portico.testing.TestContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/guide/deployment.md: the typed handler and the local server. */
class DeploymentTest {

    @Test
    void theTypedHandlerTakesAndGivesAwsEventObjects() {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withHttpMethod("GET")
                .withPath("/todos")
                .withHeaders(Map.of("Accept", "application/json"));

        APIGatewayProxyResponseEvent response = new TypedRestHandler().handleRequest(event, new TestContext());

        assertEquals(200, response.getStatusCode());
        assertEquals(Map.of("Content-Type", List.of("application/json")), response.getMultiValueHeaders());
        assertEquals(Wire.tree(Wire.read("getting-started/rest-output.json")).get("body").asText(), response.getBody());
    }

    @Test
    void theTypedEventIsTheObjectTheRuntimeMade() {
        var app = dev.portico.source.apigw.rest.ApiGatewayRestResolver.builder();
        app.get("/identity", request -> String.valueOf(System.identityHashCode(request.event())));
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent().withHttpMethod("GET").withPath("/identity");
        assertEquals(String.valueOf(System.identityHashCode(event)), app.build().handleRequest(event, null).getBody());
    }

    // tag::local-server[]
    @Test
    void answersRealHttpRequests() throws IOException {
        try (LocalServer server = LocalServer.builder(Routers.app()).port(0).build().start()) {
            HttpURLConnection connection = (HttpURLConnection) server.url().resolve("todos/1").toURL().openConnection();

            assertEquals(200, connection.getResponseCode());
            assertEquals("application/json", connection.getHeaderField("Content-Type"));
            try (InputStream body = connection.getInputStream()) {
                assertEquals("{\"id\":1,\"title\":\"Buy milk\",\"completed\":false}",
                        new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
    // end::local-server[]
}
