package dev.portico.feature.compress;

import static dev.portico.feature.compress.TestSource.get;
import static dev.portico.feature.compress.TestSource.headers;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.NotFoundError;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compression decided per route and per response, asserted header by header. */
class CompressTest {
    static final String TODOS = "{\"todos\":[{\"id\":1,\"title\":\"delectus aut autem\",\"completed\":false}]}";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', -1, 0, 1};

    static Resolver.Builder builder() {
        return Resolver.builder().discover(false).debug(false).register(new TestSource())
                .register(new CompressFeature());
    }

    static Map<String, Object> todo() {
        Map<String, Object> todo = new LinkedHashMap<>();
        todo.put("id", 1);
        todo.put("title", "delectus aut autem");
        todo.put("completed", false);
        return todo;
    }

    static Resolver app(CompressConfig config) {
        Resolver.Builder b = builder();
        if (config != null) {
            b.configure(config);
        }
        b.get("/todos", r -> Map.of("todos", List.of(todo()))).compress();
        b.get("/plain", r -> Map.of("todos", List.of()));
        b.get("/asks", r -> Response.builder().contentType("application/json").body(TODOS).compress(true).build());
        b.get("/refuses", r -> Response.builder().body("no thanks").compress(false).build()).compress();
        b.get("/text", r -> "hello hello hello").compress();
        b.get("/untyped", r -> Response.ok("raw text")).compress();
        b.get("/logo", r -> Response.of(200, "image/png", PNG)).compress();
        b.get("/bytes", r -> PNG).compress();
        b.get("/empty", r -> Response.status(204).build()).compress();
        b.get("/empty-string", r -> "").compress();
        b.get("/encoded", r -> Response.builder().header("Content-Encoding", "br").body("x").build()).compress();
        b.get("/vary", r -> Response.builder().header("Vary", "Origin").body("v").build()).compress();
        b.get("/missing", r -> {
            throw new NotFoundError("no such todo");
        }).compress();
        return b.build();
    }

    static final Resolver APP = app(null);

    @Test
    void routeFlagCompressesWhenGzipIsAccepted() {
        var a = get("/todos").accept("gzip, deflate").send(APP);
        assertEquals(200, a.status());
        assertEquals(headers("Content-Encoding", "gzip", "Vary", "Accept-Encoding", "Content-Type", "application/json"),
                a.headers());
        assertTrue(a.base64());
        assertEquals(TODOS, a.gunzipped());
    }

    @Test
    void withoutAcceptedGzipTheBodyIsPlainButVaries() {
        for (String accept : new String[] {null, "identity", "gzip;q=0", "br, *;q=0"}) {
            TestSource.Call call = get("/todos");
            if (accept != null) {
                call.accept(accept);
            }
            var a = call.send(APP);
            assertEquals(headers("Vary", "Accept-Encoding", "Content-Type", "application/json"), a.headers(), accept);
            assertFalse(a.base64());
            assertEquals(TODOS, a.body());
        }
    }

    @Test
    void wildcardAndCaseInsensitiveCodingsCount() {
        assertEquals(TODOS, get("/todos").accept("*").send(APP).gunzipped());
        assertEquals(TODOS, get("/todos").accept("GZIP;Q=0.5").send(APP).gunzipped());
        assertEquals(TODOS, get("/todos").accept("br", "gzip").send(APP).gunzipped());
    }

    @Test
    void routesThatDoNotAskAreUntouched() {
        var a = get("/plain").accept("gzip").send(APP);
        assertEquals(headers("Content-Type", "application/json"), a.headers());
        assertEquals("{\"todos\":[]}", a.body());
    }

    @Test
    void theResponseFlagWinsOverTheRoute() {
        var asks = get("/asks").accept("gzip").send(APP);
        assertEquals(headers("Content-Encoding", "gzip", "Vary", "Accept-Encoding", "Content-Type", "application/json"),
                asks.headers());
        assertEquals(TODOS, asks.gunzipped());
        var refuses = get("/refuses").accept("gzip").send(APP);
        assertEquals(headers(), refuses.headers());
        assertEquals("no thanks", refuses.body());
        assertFalse(refuses.base64());
    }

    @Test
    void contentTypesAreKept() {
        var text = get("/text").accept("gzip").send(APP);
        assertEquals(headers("Content-Encoding", "gzip", "Vary", "Accept-Encoding",
                "Content-Type", "text/plain; charset=utf-8"), text.headers());
        assertEquals("hello hello hello", text.gunzipped());
        var untyped = get("/untyped").accept("gzip").send(APP);
        assertEquals(headers("Content-Encoding", "gzip", "Vary", "Accept-Encoding"), untyped.headers());
        assertEquals("raw text", untyped.gunzipped());
    }

    @Test
    void binaryBodiesAreGzippedThenBase64Encoded() {
        var logo = get("/logo").accept("gzip").send(APP);
        assertEquals(headers("Content-Encoding", "gzip", "Vary", "Accept-Encoding", "Content-Type", "image/png"),
                logo.headers());
        assertTrue(logo.base64());
        assertArrayEquals(PNG, TestSource.gunzip(logo.bytes()));
        var bytes = get("/bytes").accept("gzip").send(APP);
        assertEquals("application/octet-stream", bytes.header("Content-Type"));
        assertArrayEquals(PNG, TestSource.gunzip(bytes.bytes()));
        var plain = get("/logo").send(APP);
        assertTrue(plain.base64());
        assertArrayEquals(PNG, plain.bytes());
    }

    @Test
    void emptyAndAlreadyEncodedBodiesAreLeftAlone() {
        var empty = get("/empty").accept("gzip").send(APP);
        assertEquals(204, empty.status());
        assertEquals(headers(), empty.headers());
        assertEquals(headers("Content-Type", "text/plain; charset=utf-8"),
                get("/empty-string").accept("gzip").send(APP).headers());
        var encoded = get("/encoded").accept("gzip").send(APP);
        assertEquals(headers("Content-Encoding", "br"), encoded.headers());
        assertEquals("x", encoded.body());
        var head = TestSource.head("/todos").accept("gzip").send(APP);
        assertEquals(headers("Content-Type", "application/json"), head.headers());
        assertEquals("", head.body());
    }

    @Test
    void varyIsExtended() {
        var a = get("/vary").accept("gzip").send(APP);
        assertEquals("Origin, Accept-Encoding", a.header("Vary"));
        assertEquals("v", a.gunzipped());
    }

    @Test
    void errorAnswersOfACompressingRouteAreCompressed() {
        var a = get("/missing").accept("gzip").send(APP);
        assertEquals(404, a.status());
        assertEquals("gzip", a.header("Content-Encoding"));
        assertEquals("{\"statusCode\":404,\"message\":\"no such todo\"}", a.gunzipped());
        var unrouted = get("/nowhere").accept("gzip").send(APP);
        assertEquals(headers("Content-Type", "application/json"), unrouted.headers());
    }

    @Test
    void bodiesBelowTheThresholdAreNotCompressed() {
        Resolver app = app(new CompressConfig(TODOS.length() + 1));
        var small = get("/todos").accept("gzip").send(app);
        assertEquals(headers("Vary", "Accept-Encoding", "Content-Type", "application/json"), small.headers());
        assertEquals(TODOS, small.body());
        Resolver exact = app(new CompressConfig(TODOS.getBytes(StandardCharsets.UTF_8).length));
        assertEquals(TODOS, get("/todos").accept("gzip").send(exact).gunzipped());
        assertEquals(0, CompressConfig.defaults().minimumBytes());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new CompressConfig(-1));
    }
}
