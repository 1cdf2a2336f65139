package dev.portico.examples.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TodoAppTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode send(ApiGatewayRestResolver app, String event) throws Exception {
        try (InputStream in = TodoAppTest.class.getResourceAsStream("/events/" + event)) {
            return JSON.readTree(app.resolve(new String(in.readAllBytes(), StandardCharsets.UTF_8), null));
        }
    }

    @Test
    void createsListsAndFindsTodos() throws Exception {
        ApiGatewayRestResolver app = TodoApp.create(new TodoStore());
        JsonNode created = send(app, "create-todo.json");
        assertEquals(JSON.readTree("{\"statusCode\":201,\"multiValueHeaders\":{\"Content-Type\":[\"application/json\"]},"
                + "\"body\":\"{\\\"id\\\":1,\\\"title\\\":\\\"Write the docs\\\",\\\"completed\\\":false}\","
                + "\"isBase64Encoded\":false}"), created);
        assertEquals("[{\"id\":1,\"title\":\"Write the docs\",\"completed\":false}]",
                send(app, "list-todos.json").get("body").asText());
        assertEquals(200, send(app, "get-todo.json").get("statusCode").asInt());
        JsonNode missing = send(app, "missing-todo.json");
        assertEquals(404, missing.get("statusCode").asInt());
        assertEquals("{\"statusCode\":404,\"message\":\"No todo 99\"}", missing.get("body").asText());
    }
}
