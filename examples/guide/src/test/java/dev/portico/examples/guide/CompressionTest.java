package dev.portico.examples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** docs/guide/compression.md. */
class CompressionTest {
    private final PorticoClient client = PorticoClient.of(Compression.app());

    static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aCompressedRoute() throws IOException {
        TestResponse r = client.get("/todos").header("Accept-Encoding", "gzip, deflate, br").send();
        assertEquals(200, r.status());
        assertEquals("gzip", r.header("Content-Encoding"));
        assertEquals("application/json", r.header("Content-Type"));
        assertTrue(r.isBase64Encoded());
        assertEquals("[{\"id\":1,\"title\":\"Buy milk\",\"completed\":false},{\"id\":2,\"title\":\"Write docs\",\"completed\":true}]",
                gunzip(r.bodyBytes()));
    }

    @Test
    void withoutAcceptEncodingTheBodyIsPlain() {
        TestResponse r = client.get("/todos").send();
        assertNull(r.header("Content-Encoding"));
        assertFalse(r.isBase64Encoded());
        assertEquals(2, r.json().size());
        assertNull(client.get("/todos").header("Accept-Encoding", "gzip;q=0, br").send().header("Content-Encoding"));
    }

    @Test
    void aCompressedResponse() throws IOException {
        TestResponse r = client.get("/todos/2").header("Accept-Encoding", "gzip").send();
        assertEquals("gzip", r.header("Content-Encoding"));
        assertEquals("{\"id\":2,\"title\":\"Write docs\",\"completed\":true}", gunzip(r.bodyBytes()));
    }

    @Test
    void aThreshold() {
        TestResponse small = PorticoClient.of(Compression.threshold()).get("/todos").header("Accept-Encoding", "gzip").send();
        assertNull(small.header("Content-Encoding"), "the body is under 1024 bytes");
    }

    @Test
    void aCompressedRouteNeedsTheFeature() {
        var app = ApiGatewayRestResolver.builder().discover(false);   // as if portico-feature-compress were missing
        app.get("/todos", request -> Todos.SAMPLE).compress();
        IllegalStateException e = assertThrows(IllegalStateException.class, app::build);
        assertEquals("Route GET /todos sets 'compress', which needs the 'compress' feature: add the dependency "
                + "dev.portico:portico-feature-compress (or remove the option)", e.getMessage());
    }

    @Test
    void aResponseCanTurnItOff() {
        var app = ApiGatewayRestResolver.builder();
        app.get("/todos", request -> dev.portico.api.Response.status(200).body(Todos.SAMPLE).compress(false).build())
                .compress();
        assertNull(PorticoClient.of(app.build()).get("/todos").header("Accept-Encoding", "gzip").send()
                .header("Content-Encoding"));
    }

    @Test
    void withoutTheModuleAResponseFlagIsIgnored() {
        var app = ApiGatewayRestResolver.builder().discover(false);
        app.get("/todos", request -> dev.portico.api.Response.status(200).body(Todos.SAMPLE).compress(true).build());
        TestResponse r = PorticoClient.of(app.build()).get("/todos").header("Accept-Encoding", "gzip").send();
        assertEquals(200, r.status());
        assertNull(r.header("Content-Encoding"));
    }
}
