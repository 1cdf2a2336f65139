package dev.portico.testing;

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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A tiny event format for testing features and middlewares without any AWS format in the way (id
 * {@code test}): events {@code {"t":1,"m":method,"p":path,"h":{name:[values]}}}, responses
 * {@code {"s":status,"h":{name:[values]},"b":body,"b64":base64}}, every header value as written.
 * It is not registered with {@code ServiceLoader}: register it explicitly.
 *
 * <pre>{@code
 * Resolver app = Resolver.builder().discover(false).register(new TinySource()).register(new MyFeature()).build();
 * TinySource.Answer a = TinySource.get("/todos").header("Accept-Encoding", "gzip").send(app);
 * assertEquals(TinySource.headers("Content-Encoding", "gzip", "Vary", "Accept-Encoding"), a.headers());
 * }</pre>
 *
 * <p>{@link Call} and its methods can be extended by a test's own subclass, for headers it sends
 * often (override {@link Call#header} to return the subclass).
 */
public class TinySource implements EventSource {
    private static final ObjectMapper M = new ObjectMapper();

    /** Creates the source; it is stateless. */
    public TinySource() {
    }

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
    public static class Call {
        private final ObjectNode event = M.createObjectNode();

        /**
         * @param method the method
         * @param path the path
         */
        public Call(String method, String path) {
            event.put("t", 1).put("m", method).put("p", path);
        }

        /**
         * Sets a header's values.
         *
         * @param name the name
         * @param values its values, each sent as written
         * @return this
         */
        public Call header(String name, String... values) {
            var arr = event.withObjectProperty("h").putArray(name);
            for (String v : values) {
                arr.add(v);
            }
            return this;
        }

        /** @return the event's JSON */
        public String json() {
            return event.toString();
        }

        /**
         * Sends the event through the string entry point and parses the answer.
         *
         * @param app an application with a {@link TinySource} registered
         * @return the answer
         */
        public Answer send(Resolver app) {
            try {
                return new Answer((ObjectNode) M.readTree(app.resolve(json(), null)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A parsed response.
     *
     * @param json the response object
     */
    public record Answer(ObjectNode json) {
        /** @return the status code */
        public int status() {
            return json.get("s").asInt();
        }

        /** @return the headers as name to values, for exact comparison with {@link #headers(String...)} */
        public JsonNode headers() {
            return json.get("h");
        }

        /**
         * @param name a header name, as written
         * @return the only value of the header, or {@code null}
         * @throws AssertionError when it has several values
         */
        public String header(String name) {
            JsonNode v = json.get("h").get(name);
            if (v == null) {
                return null;
            }
            if (v.size() != 1) {
                throw new AssertionError(name + " has " + v.size() + " values: " + v);
            }
            return v.get(0).asText();
        }

        /** @return the body as written (base64 when {@link #base64()}) */
        public String body() {
            return json.get("b").asText();
        }

        /** @return whether the body is base64 */
        public boolean base64() {
            return json.get("b64").asBoolean();
        }

        /** @return the body bytes: base64-decoded when the response says so, else UTF-8 */
        public byte[] bytes() {
            return base64() ? Base64.getDecoder().decode(body()) : body().getBytes(StandardCharsets.UTF_8);
        }

        /**
         * @return the gunzipped body as UTF-8 text
         * @throws UncheckedIOException when the body is not gzip
         */
        public String gunzipped() {
            return new String(gunzip(bytes()), StandardCharsets.UTF_8);
        }
    }

    /**
     * @param path the path
     * @return a GET event to send
     */
    public static Call get(String path) {
        return new Call("GET", path);
    }

    /**
     * @param gz gzip bytes
     * @return the bytes they hold
     * @throws UncheckedIOException when they are not gzip
     */
    public static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param namesAndValues header names and values, alternating
     * @return a JSON object of the names to single-value arrays, to compare with {@link Answer#headers()}
     */
    public static ObjectNode headers(String... namesAndValues) {
        ObjectNode out = M.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.putArray(namesAndValues[i]).add(namesAndValues[i + 1]);
        }
        return out;
    }
}
