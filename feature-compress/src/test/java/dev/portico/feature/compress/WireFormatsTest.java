package dev.portico.feature.compress;

import static dev.portico.testing.WireHeaders.expected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.Response;
import dev.portico.core.Resolver;
import dev.portico.testing.EventFormat;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import dev.portico.testing.WireHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Compression and binary bodies through every event format, with the sources and the feature
 * discovered by ServiceLoader: the header object each source writes, the base64 flag, and the
 * bytes behind the body.
 */
class WireFormatsTest {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', -1, 0, 1};
    static final String JSON = "{\"todos\":[\"milk\",\"eggs\",\"milk\",\"eggs\"]}";
    static final Resolver APP = app();

    static Resolver app() {
        Resolver.Builder b = Resolver.builder().debug(false);
        b.get("/todos", r -> Map.of("todos", List.of("milk", "eggs", "milk", "eggs"))).compress();
        b.get("/logo", r -> Response.of(200, "image/png", PNG));
        b.get("/logo.gz", r -> Response.of(200, "image/png", PNG)).compress();
        b.get("/report", r -> Response.builder().contentType("text/csv").body("a,b\n1,2\n").compress(true).build());
        return b.build();
    }

    static PorticoClient client(EventFormat format) {
        return PorticoClient.of(APP).format(format);
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void jsonIsGzippedWhenAccepted(EventFormat format) {
        TestResponse r = client(format).get("/todos").header("Accept-Encoding", "gzip, deflate, br").send();
        assertEquals(200, r.status());
        assertEquals(expected(format, "Content-Encoding", "gzip", "Vary", "Accept-Encoding",
                "Content-Type", "application/json"), WireHeaders.headers(format, r));
        assertTrue(r.isBase64Encoded());
        assertEquals(JSON, new String(TestSource.gunzip(r.bodyBytes()), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void jsonIsPlainWithoutAcceptEncoding(EventFormat format) {
        TestResponse r = client(format).get("/todos").send();
        assertEquals(expected(format, "Vary", "Accept-Encoding", "Content-Type", "application/json"),
                WireHeaders.headers(format, r));
        assertFalse(r.isBase64Encoded());
        assertEquals(JSON, r.body());
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void binaryBodiesAreBase64(EventFormat format) {
        TestResponse r = client(format).get("/logo").header("Accept-Encoding", "gzip").send();
        assertEquals(expected(format, "Content-Type", "image/png"), WireHeaders.headers(format, r));
        assertTrue(r.isBase64Encoded());
        assertArrayEquals(PNG, r.bodyBytes());
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void binaryBodiesAreGzippedThenBase64(EventFormat format) {
        TestResponse r = client(format).get("/logo.gz").header("Accept-Encoding", "gzip").send();
        assertEquals(expected(format, "Content-Encoding", "gzip", "Vary", "Accept-Encoding",
                "Content-Type", "image/png"), WireHeaders.headers(format, r));
        assertTrue(r.isBase64Encoded());
        assertArrayEquals(PNG, TestSource.gunzip(r.bodyBytes()));
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void theResponseFlagCompresses(EventFormat format) {
        TestResponse r = client(format).get("/report").header("Accept-Encoding", "*").send();
        assertEquals(expected(format, "Content-Encoding", "gzip", "Vary", "Accept-Encoding",
                "Content-Type", "text/csv"), WireHeaders.headers(format, r));
        assertEquals("a,b\n1,2\n", new String(TestSource.gunzip(r.bodyBytes()), StandardCharsets.UTF_8));
    }
}
