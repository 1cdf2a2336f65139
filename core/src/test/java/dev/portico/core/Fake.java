package dev.portico.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Builds fake events and reads fake responses for core tests. */
final class Fake {
    static final ObjectMapper M = new ObjectMapper();

    private final ObjectNode event = M.createObjectNode();

    private Fake(String method, String path) {
        event.put("fake", 1).put("method", method).put("path", path);
    }

    static Fake req(String method, String path) {
        return new Fake(method, path);
    }

    Fake header(String name, String... values) {
        var arr = ((ObjectNode) event.with("headers")).putArray(name);
        for (String v : values) {
            arr.add(v);
        }
        return this;
    }

    Fake query(String name, String... values) {
        var arr = ((ObjectNode) event.with("query")).putArray(name);
        for (String v : values) {
            arr.add(v);
        }
        return this;
    }

    Fake body(String body) {
        event.put("body", body);
        return this;
    }

    Fake base64(String body) {
        event.put("body", body).put("base64", true);
        return this;
    }

    String json() {
        return event.toString();
    }

    /** Resolves through the stream entry point and parses the fake response. */
    JsonNode send(Resolver app) {
        try {
            return M.readTree(app.resolve(json(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return M.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
