package dev.portico.feature.cors;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.api.Headers;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A tiny event format for this module's tests: events {@code {"t":1,"m":..,"p":..,"h":{name:[values]}}},
 * responses {@code {"s":..,"h":{name:[values]},"b":..,"b64":..}}. Registered explicitly.
 */
final class TestSource implements EventSource {
    static final ObjectMapper M = new ObjectMapper();

    @Override
    public String id() {
        return "test";
    }

    @Override
    public boolean recognizes(EventJson event) {
        return event.has("t");
    }

    @Override
    public SourceRequest decode(EventJson event) {
        Headers.Builder h = Headers.builder();
        event.stringLists("h").forEach(h::addAll);
        return SourceRequest.builder(id()).method(event.string("m")).path(event.string("p")).headers(h.build()).build();
    }

    @Override
    public void encode(WireResponse r, SourceRequest request, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("s", r.status());
        g.writeObjectFieldStart("h");
        for (Map.Entry<String, List<String>> e : r.headers().asMap().entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (String v : e.getValue()) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeStringField("b", r.body());
        g.writeBooleanField("b64", r.base64Encoded());
        g.writeEndObject();
    }

    /** An event being written. */
    static final class Call {
        private final ObjectNode event = M.createObjectNode();

        Call(String method, String path) {
            event.put("t", 1).put("m", method).put("p", path);
        }

        Call header(String name, String... values) {
            var arr = event.withObjectProperty("h").putArray(name);
            for (String v : values) {
                arr.add(v);
            }
            return this;
        }

        Call origin(String origin) {
            return header("Origin", origin);
        }

        /** Sends the event through the string entry point and parses the answer. */
        Answer send(Resolver app) {
            try {
                return new Answer((ObjectNode) M.readTree(app.resolve(event.toString(), null)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A parsed response. */
    record Answer(ObjectNode json) {
        int status() {
            return json.get("s").asInt();
        }

        /** @return the headers as name to values */
        JsonNode headers() {
            return json.get("h");
        }

        /** @return the only value of a header, or {@code null}; fails when it has several */
        String header(String name) {
            JsonNode v = json.get("h").get(name);
            if (v == null) {
                return null;
            }
            if (v.size() != 1) {
                throw new AssertionError(name + " has " + v.size() + " values: " + v);
            }
            return v.get(0).asText();
        }

        String body() {
            return json.get("b").asText();
        }
    }

    static Call get(String path) {
        return new Call("GET", path);
    }

    static Call options(String path) {
        return new Call("OPTIONS", path);
    }

    /** @return a JSON object of header names to single-value arrays, for exact comparison */
    static ObjectNode headers(String... namesAndValues) {
        ObjectNode out = M.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.putArray(namesAndValues[i]).add(namesAndValues[i + 1]);
        }
        return out;
    }
}
