package dev.portico.examples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.testing.Events;
import dev.portico.testing.TestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** README.md's quick start answers as the README says. */
class QuickStartTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode send(String event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QuickStart().handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new TestContext());
        return JSON.readTree(out.toByteArray());
    }

    @Test
    void listsFindsAndCreates() throws IOException {
        JsonNode list = send(Events.apiGatewayRest().path("/todos").build());
        assertEquals(200, list.get("statusCode").asInt());
        assertEquals("[{\"id\":1,\"title\":\"Write docs\",\"completed\":false}]", list.get("body").asText());
        assertEquals("{\"id\":\"7\"}", send(Events.apiGatewayRest().path("/todos/7").build()).get("body").asText());
        JsonNode created = send(Events.apiGatewayRest().method("POST").path("/todos/")
                .jsonBody("{\"id\":2,\"title\":\"Ship it\",\"completed\":true}").build());
        assertEquals(201, created.get("statusCode").asInt());
        assertEquals("{\"id\":2,\"title\":\"Ship it\",\"completed\":true}", created.get("body").asText());
        assertEquals(JSON.readTree("{\"Content-Type\":[\"application/json\"]}"), created.get("multiValueHeaders"));
    }
}
