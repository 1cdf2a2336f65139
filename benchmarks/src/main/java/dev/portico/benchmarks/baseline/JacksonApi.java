package dev.portico.benchmarks.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The benchmark API written by hand with Jackson, for API Gateway REST (v1) events: reads the event
 * with {@code readTree}, routes with a {@code switch} on the first path segment, builds the body and
 * the response envelope as trees and writes them with {@code writeValue}.
 *
 * <p>Routes: {@code GET /todos}, {@code GET /todos/{id}}, {@code POST /todos} (the body read into a
 * {@link Todo} record with {@code ObjectMapper.readValue}, answered 201 with it), then filler routes up
 * to the requested total, alternating {@code GET /res<k>} and {@code GET /res<k>/{id}} (the same rule
 * as {@code dev.portico.benchmarks.portico.TodoApi}). A hand-written switch over hundreds of
 * generated resources is not something one writes, so the filler resources sit in a hash map, which
 * is what such a switch compiles to.
 */
public class JacksonApi implements RequestStreamHandler {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Filler resource name to whether it also has an item route. */
    private final Map<String, Boolean> resources = new HashMap<>();

    /**
     * @param routes how many routes the application has, at least the three to-do routes
     */
    public JacksonApi(int routes) {
        for (int i = 0; i < routes - 3; i++) {
            resources.merge("res" + (i / 2), i % 2 == 1, Boolean::logicalOr);
        }
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = MAPPER.readTree(input);
        String method = event.path("httpMethod").asText();
        String path = event.path("path").asText("/");
        JsonNode body = event.get("body");
        ObjectNode response = route(method, path, body == null || body.isNull() ? null : body.asText());
        MAPPER.writeValue(output, response);
    }

    private ObjectNode route(String method, String path, String body) throws IOException {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = p.indexOf('/', 1);
        String first = slash < 0 ? p.substring(1) : p.substring(1, slash);
        String id = slash < 0 ? null : p.substring(slash + 1);
        if (id != null && (id.isEmpty() || id.indexOf('/') >= 0)) {
            return error(404, "Not found");
        }
        switch (first) {
            case "todos":
                if (id == null) {
                    switch (method) {
                        case "GET":
                            ArrayNode list = MAPPER.createArrayNode();
                            list.add(todo("1", "Todo 1", false));
                            list.add(todo("2", "Todo 2", true));
                            return json(200, list);
                        case "POST":
                            Todo todo = MAPPER.readValue(body == null ? "null" : body, Todo.class);
                            return todo == null ? error(400, "Bad request") : json(201, MAPPER.valueToTree(todo));
                        default:
                            return error(405, "Method not allowed");
                    }
                }
                return "GET".equals(method) ? json(200, todo(id, "Todo " + id, false)) : error(405, "Method not allowed");
            default:
                Boolean hasItem = resources.get(first);
                if (hasItem == null || (id != null && !hasItem)) {
                    return error(404, "Not found");
                }
                if (!"GET".equals(method)) {
                    return error(405, "Method not allowed");
                }
                ObjectNode item = MAPPER.createObjectNode();
                item.put("resource", first);
                item.put("id", id == null ? "all" : id);
                return json(200, item);
        }
    }

    private static ObjectNode todo(String id, String title, boolean done) {
        ObjectNode todo = MAPPER.createObjectNode();
        todo.put("id", id);
        todo.put("title", title);
        todo.put("done", done);
        return todo;
    }

    static ObjectNode error(int status, String message) throws IOException {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("statusCode", status);
        body.put("message", message);
        return json(status, body);
    }

    static ObjectNode json(int status, JsonNode body) throws IOException {
        ObjectNode response = MAPPER.createObjectNode();
        response.put("statusCode", status);
        response.putObject("multiValueHeaders").putArray("Content-Type").add("application/json");
        response.put("body", MAPPER.writeValueAsString(body));
        response.put("isBase64Encoded", false);
        return response;
    }
}
