package dev.portico.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.Headers;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import dev.portico.core.Resolver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server's own check, behind the builder's: a response whose headers or cookies reach the server
 * outside RFC 9110's grammar (here from an event source's {@code readResponse}, which no builder
 * checks) is answered 500 and nothing of it is written; the JDK server would have written U+010A as LF.
 */
class LocalServerRefusesUnsafeHeadersTest {

    /** The wire source, with one header or cookie of the responses it reads replaced by an unsafe one. */
    private static final class Unsafe implements EventSource {
        private final WireSource wire = new WireSource();
        private final boolean cookie;

        Unsafe(boolean cookie) {
            this.cookie = cookie;
        }

        @Override
        public String id() {
            return wire.id();
        }

        @Override
        public boolean recognizes(EventJson event) {
            return wire.recognizes(event);
        }

        @Override
        public SourceRequest decode(EventJson event) {
            return wire.decode(event);
        }

        @Override
        public void encode(WireResponse response, SourceRequest request, JsonGenerator out) throws IOException {
            wire.encode(response, request, out);
        }

        @Override
        public void writeEvent(SourceRequest request, JsonGenerator out) throws IOException {
            wire.writeEvent(request, out);
        }

        @Override
        public WireResponse readResponse(EventJson response) {
            WireResponse r = wire.readResponse(response);
            String evil = "a\u010D\u010ASet-Cookie: evil=1";
            return cookie
                    ? new WireResponse(r.status(), r.headers(), List.of(evil), r.body(), r.base64Encoded())
                    : new WireResponse(r.status(), r.headers().toBuilder().add("X-Evil", evil).build(), r.cookies(),
                            r.body(), r.base64Encoded());
        }
    }

    @Test
    void anUnsafeHeaderOrCookieValueIsA500WithNothingOfTheResponseWritten() throws IOException {
        for (boolean cookie : new boolean[] {false, true}) {
            var b = Resolver.builder().discover(false).register(new Unsafe(cookie));
            b.get("/hi", r -> dev.portico.api.Response.builder().header("X-Ok", "1").body("secret").build());
            try (LocalServer server = LocalServer.builder(b.build()).port(0).build().start()) {
                String wire = raw(server.port(), "GET /hi HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                assertTrue(wire.startsWith("HTTP/1.1 500 "), wire);
                assertFalse(wire.contains("evil") || wire.contains("X-Ok") || wire.contains("secret")
                        || wire.contains("X-Evil"), wire);
                assertTrue(wire.endsWith("{\"statusCode\":500,\"message\":\"Internal Server Error\"}"), wire);
                assertEquals(1, wire.split("HTTP/1.1 ", -1).length - 1, wire);
            }
        }
    }

    @Test
    void theServersCheckNamesTheHeader() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> HttpBridge.checkWritable(new WireResponse(200,
                        Headers.builder().add("X-Evil", "a\u010Ab").build(), List.of(), "", false)));
        assertTrue(e.getMessage().contains("'X-Evil' holds U+010A at index 1"), e.getMessage());
    }

    static String raw(int port, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = s.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
