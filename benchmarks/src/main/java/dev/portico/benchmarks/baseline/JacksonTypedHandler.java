package dev.portico.benchmarks.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The baseline of the typed, validated {@code POST /todos}: a hand-written handler that reads the body
 * into a {@link NewTodo} with {@code ObjectMapper.readValue}, checks the constraints Portico's typed
 * route declares ({@code title} 1 to 100 characters, {@code priority} at least 1) by hand, and answers
 * 201 with the record, or 422 with the problems in the format Portico writes. Other requests get 404.
 */
public class JacksonTypedHandler implements RequestStreamHandler {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The handler the Lambda runtime creates. */
    public JacksonTypedHandler() {
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = MAPPER.readTree(input);
        ObjectNode response;
        if (!"POST".equals(event.path("httpMethod").asText()) || !"/todos".equals(event.path("path").asText())) {
            response = JacksonApi.error(404, "Not found");
        } else {
            response = create(event.path("body").asText(null));
        }
        MAPPER.writeValue(output, response);
    }

    private static ObjectNode create(String body) throws IOException {
        NewTodo todo;
        try {
            todo = body == null ? null : MAPPER.readValue(body, NewTodo.class);
        } catch (JsonProcessingException e) {
            todo = null;
        }
        if (todo == null) {
            return JacksonApi.error(400, "Bad request");
        }
        ArrayNode problems = MAPPER.createArrayNode();
        if (todo.title() == null) {
            problem(problems, "title", "missing", "Field required");
        } else if (todo.title().length() < 1) {
            problem(problems, "title", "string_too_short", "String should have at least 1 character");
        } else if (todo.title().length() > 100) {
            problem(problems, "title", "string_too_long", "String should have at most 100 characters");
        }
        if (todo.priority() < 1) {
            problem(problems, "priority", "greater_than_equal", "Input should be greater than or equal to 1");
        }
        if (!problems.isEmpty()) {
            ObjectNode error = MAPPER.createObjectNode();
            error.put("statusCode", 422);
            error.set("detail", problems);
            return JacksonApi.json(422, error);
        }
        return JacksonApi.json(201, MAPPER.valueToTree(todo));
    }

    private static void problem(ArrayNode problems, String field, String type, String message) {
        ObjectNode p = problems.addObject();
        p.putArray("loc").add("body").add(field);
        p.put("type", type);
        p.put("msg", message);
    }
}
