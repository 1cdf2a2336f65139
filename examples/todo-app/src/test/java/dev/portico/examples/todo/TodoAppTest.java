package dev.portico.examples.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The application answering API Gateway REST events directly, as in Lambda. */
class TodoAppTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode send(ApiGatewayRestResolver app, String event) throws Exception {
        try (InputStream in = TodoAppTest.class.getResourceAsStream("/events/" + event)) {
            return (ObjectNode) JSON.readTree(app.resolve(new String(in.readAllBytes(), StandardCharsets.UTF_8), null));
        }
    }

    /** Removes the generated correlation id after checking it is a UUID. */
    private static ObjectNode withoutCorrelationId(ObjectNode response) {
        ArrayNode ids = (ArrayNode) ((ObjectNode) response.get("multiValueHeaders")).remove("X-Correlation-Id");
        assertEquals(1, ids.size());
        assertTrue(ids.get(0).asText().matches("[0-9a-f-]{36}"), ids.toString());
        return response;
    }

    @Test
    void createsListsAndFindsTodos() throws Exception {
        ApiGatewayRestResolver app = TodoApp.create(new TodoStore());
        JsonNode created = withoutCorrelationId(send(app, "create-todo.json"));
        assertEquals(JSON.readTree("{\"statusCode\":201,\"multiValueHeaders\":{\"Location\":[\"/todos/1\"],"
                + "\"Content-Type\":[\"application/json\"]},"
                + "\"body\":\"{\\\"id\\\":1,\\\"title\\\":\\\"Write the docs\\\",\\\"completed\\\":false}\","
                + "\"isBase64Encoded\":false}"), created);
        ObjectNode list = withoutCorrelationId(send(app, "list-todos.json"));
        assertEquals("[{\"id\":1,\"title\":\"Write the docs\",\"completed\":false}]", list.get("body").asText());
        assertEquals(200, send(app, "get-todo.json").get("statusCode").asInt());
        ObjectNode missing = withoutCorrelationId(send(app, "missing-todo.json"));
        assertEquals(404, missing.get("statusCode").asInt());
        JsonNode body = JSON.readTree(missing.get("body").asText());
        assertEquals("todo_not_found", body.get("error").asText());
        assertEquals("No todo with id 99", body.get("message").asText());
    }
}
