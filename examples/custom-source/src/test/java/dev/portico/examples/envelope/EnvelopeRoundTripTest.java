package dev.portico.examples.envelope;

import static dev.portico.examples.envelope.Envelopes.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.Headers;
import dev.portico.api.QueryParams;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code writeEvent} and {@code readResponse} undo {@code decode} and {@code encode}. */
class EnvelopeRoundTripTest {
    private static final EnvelopeSource SOURCE = new EnvelopeSource();

    @Test
    void aWrittenEventDecodesToTheSameRequest() throws IOException {
        SourceRequest original = SourceRequest.builder("any")
                .method("PUT")
                .path("/files/a%2Fb")
                .headers(Headers.builder().add("X-Trace", "t1").add("X-Trace", "t2").add("Accept", "*/*").build())
                .queryParams(QueryParams.builder().add("q", "x y&z 100%").add("tag", "a").add("tag", "b").build())
                .cookies(List.of("session=abc", "theme=dark"))
                .body("AQID", true)
                .requestId("req-9")
                .sourceIp("198.51.100.7")
                .build();
        String json = write(g -> SOURCE.writeEvent(original, g));
        EventJson event = event(json);
        assertTrue(SOURCE.recognizes(event), json);
        SourceRequest back = SOURCE.decode(event);
        assertEquals("http-envelope", back.source());
        assertEquals(original.method(), back.method());
        assertEquals(original.path(), back.path());
        assertEquals(original.queryParams(), back.queryParams());
        assertEquals(List.of("t1", "t2"), back.headers().all("X-Trace"));
        assertEquals(List.of("session=abc; theme=dark"), back.headers().all("Cookie"), "cookies travel in the Cookie header");
        assertEquals(original.body(), back.body());
        assertTrue(back.base64Encoded());
        assertEquals(original.requestId(), back.requestId());
        assertEquals(original.sourceIp(), back.sourceIp());
    }

    @Test
    void anEncodedResponseReadsBackTheSame() throws IOException {
        WireResponse original = new WireResponse(201,
                Headers.builder().add("X-Multi", "a").add("X-Multi", "b").add("Content-Type", "text/plain").build(),
                List.of("session=abc; Secure", "theme=dark"), "made", false);
        SourceRequest request = SOURCE.decode(event(Envelopes.text("get-todo.json")));
        String json = write(g -> SOURCE.encode(original, request, g));
        assertEquals(original, SOURCE.readResponse(event(json)));
    }

    @Test
    void somethingElseIsNotAResponse() {
        assertThrows(IllegalArgumentException.class, () -> SOURCE.readResponse(event("{\"statusCode\":200}")));
        assertEquals(new WireResponse(204, Headers.empty(), List.of(), null, false),
                SOURCE.readResponse(event("{\"status\":204}")));
    }

    private interface Writing {
        void to(JsonGenerator g) throws IOException;
    }

    private static String write(Writing writing) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = EventJson.factory().createGenerator(w)) {
            writing.to(g);
        }
        return w.toString();
    }
}
