package dev.portico.examples.envelope;

import static dev.portico.examples.envelope.Envelopes.event;
import static dev.portico.examples.envelope.Envelopes.text;
import static dev.portico.examples.envelope.Envelopes.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.BadRequestError;
import dev.portico.api.Headers;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The source on its own: detection, decoding, the typed event, encoding, the fallback. */
class EnvelopeSourceTest {
    private static final EnvelopeSource SOURCE = new EnvelopeSource();

    @Test
    void recognizesEnvelopesOnly() {
        assertTrue(SOURCE.recognizes(event(text("get-todo.json"))));
        assertTrue(SOURCE.recognizes(event(text("no-verb.json"))), "malformed envelopes are still envelopes: 400");
        assertFalse(SOURCE.recognizes(event("{\"kind\":\"http-envelope\"}")));
        assertFalse(SOURCE.recognizes(event("{\"kind\":\"other\",\"request\":{\"verb\":\"GET\"}}")));
        assertFalse(SOURCE.recognizes(event("{\"httpMethod\":\"GET\",\"path\":\"/\",\"requestContext\":{}}")));
        assertEquals("http-envelope", SOURCE.id());
        assertEquals(150, SOURCE.priority());
    }

    @Test
    void decodesEveryPart() {
        SourceRequest r = SOURCE.decode(event(text("get-todo.json")));
        assertEquals("http-envelope", r.source());
        assertEquals("GET", r.method());
        assertEquals("/todos/42", r.path());
        assertEquals(Map.of("tag", List.of("home", "urgent"), "q", List.of("milk and eggs")), r.queryParams().asMap());
        assertEquals(List.of("t1", "t2"), r.headers().all("x-trace"));
        assertEquals("application/json", r.headers().first("Accept"));
        assertNull(r.cookies(), "the core reads the Cookie header");
        assertNull(r.body());
        assertEquals("req-1", r.requestId());
        assertEquals("203.0.113.9", r.sourceIp());
    }

    @Test
    void theTypedEventIsTheRequestObject() {
        Object typed = SOURCE.decode(event(text("get-todo.json"))).event().get();
        assertEquals(new EnvelopeRequest("GET", "/todos/42?tag=home&tag=urgent&q=milk%20and%20eggs",
                Map.of("Accept", List.of("application/json"), "X-Trace", List.of("t1", "t2"),
                        "Cookie", List.of("session=abc; theme=dark")),
                null, false, "req-1", "203.0.113.9"), typed);
    }

    @Test
    void binaryBodiesStayBase64() {
        SourceRequest r = SOURCE.decode(event(text("upload-binary.json")));
        assertEquals("AQID", r.body());
        assertTrue(r.base64Encoded());
    }

    @Test
    void malformedEnvelopesAreBadRequests() {
        BadRequestError e = assertThrows(BadRequestError.class, () -> SOURCE.decode(event(text("no-verb.json"))));
        assertEquals(400, e.statusCode());
        assertThrows(BadRequestError.class, () -> SOURCE.decode(event(text("bad-query.json"))));
        SourceRequest fallback = SOURCE.fallback(event(text("no-verb.json")));
        assertEquals("req-3", fallback.requestId());
        assertNull(SOURCE.fallback(event("{\"kind\":\"http-envelope\",\"request\":\"oops\"}")).requestId());
    }

    @Test
    void encodesEveryHeaderValueAndCookie() throws IOException {
        WireResponse response = new WireResponse(201,
                Headers.builder().add("X-Multi", "a").add("X-Multi", "b").add("Set-Cookie", "stray=1")
                        .add("Content-Type", "text/plain").build(),
                List.of("session=abc; Secure"), "made", false);
        assertEquals(tree("""
                {"status":201,
                 "headers":{"X-Multi":["a","b"],"Content-Type":["text/plain"],
                            "Set-Cookie":["stray=1","session=abc; Secure"]},
                 "body":"made","base64":false,"inReplyTo":"req-1"}"""),
                tree(encode(response, SOURCE.decode(event(text("get-todo.json"))))));
    }

    @Test
    void inReplyToOnlyWhenTheRequestHadAnId() throws IOException {
        WireResponse response = new WireResponse(204, Headers.empty(), List.of(), null, false);
        assertEquals(tree("{\"status\":204,\"headers\":{},\"body\":null,\"base64\":false}"),
                tree(encode(response, SOURCE.decode(event(text("no-id.json"))))));
    }

    private static String encode(WireResponse response, SourceRequest request) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = EventJson.factory().createGenerator(w)) {
            SOURCE.encode(response, request, g);
        }
        return w.toString();
    }
}
