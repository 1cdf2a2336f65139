package dev.portico.testing.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.Cookie;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import dev.portico.server.LocalServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13.1 over real sockets: {@code %C4%8D%C4%8A} (U+010D U+010A, whose low bytes are CR LF) in a
 * query parameter, echoed by a handler into a header, {@code Location} or a cookie, must not reach
 * the wire as CR LF. The raw bytes the server writes hold one response, with no injected header.
 */
class ResponseSplittingOverHttpTest {
    /** CR LF, an injected cookie, an empty line and a forged second response, in U+010D U+010A form. */
    private static final String ATTACK = "x%C4%8D%C4%8ASet-Cookie:%20evil=1%C4%8D%C4%8A%C4%8D%C4%8A"
            + "HTTP/1.1%20200%20OK%C4%8D%C4%8AContent-Length:%202%C4%8D%C4%8A%C4%8D%C4%8Aok";
    private static final java.util.Map<String, LocalServer> SERVERS = new java.util.TreeMap<>();
    private static Resolver app;

    @BeforeAll
    static void build() {
        var b = Resolver.builder().debug(false);
        b.get("/header", r -> Response.builder().header("X-Echo", r.queryParam("v")).body("x").build());
        b.get("/location", r -> Response.status(302).header("Location", "/next?to=" + r.queryParam("v")).build());
        b.get("/cookie", r -> Response.builder().cookie(Cookie.of("s", r.queryParam("v"))).body("x").build());
        b.get("/cookie-path", r -> Response.builder().cookie(Cookie.of("s", "1").withPath(r.queryParam("v")))
                .body("x").build());
        b.get("/with-header", r -> Response.ok("x").withHeader("X-Echo", r.queryParam("v")));
        app = b.build();
    }

    /** @return the port of a server producing this source's events, started on first use */
    private static int port(String source) {
        return SERVERS.computeIfAbsent(source, s -> LocalServer.builder(app).source(s).port(0).build().start()).port();
    }

    @AfterAll
    static void stop() {
        SERVERS.values().forEach(s -> s.stop(Duration.ofSeconds(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"apigw-rest", "apigw-http", "alb"})
    void echoedIntoAHeaderOrCookieIsTheStandard500WithNothingInjected(String source) throws Exception {
        for (String path : List.of("/header", "/cookie", "/cookie-path", "/with-header")) {
            String wire = Raw.exchange(port(source), Raw.get(path + "?v=" + ATTACK));
            assertTrue(wire.startsWith("HTTP/1.1 500 "), path + ": " + wire);
            assertOneCleanResponse(path, wire);
            assertTrue(wire.endsWith("{\"statusCode\":500,\"message\":\"Internal Server Error\"}"), path + ": " + wire);
            assertFalse(wire.contains("X-Echo"), wire);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"apigw-rest", "apigw-http", "alb"})
    void echoedIntoLocationIsPercentEncoded(String source) throws Exception {
        String wire = Raw.exchange(port(source), Raw.get("/location?v=" + ATTACK));
        assertTrue(wire.startsWith("HTTP/1.1 302 "), wire);
        assertOneCleanResponse("/location", wire);
        assertTrue(wire.contains("\r\nLocation: /next?to=x%C4%8D%C4%8ASet-Cookie:%20evil=1%C4%8D%C4%8A%C4%8D%C4%8A"
                + "HTTP/1.1%20200%20OK%C4%8D%C4%8AContent-Length:%202%C4%8D%C4%8A%C4%8D%C4%8Aok\r\n"), wire);
    }

    /** One status line, no injected cookie, and every byte of the head is visible ASCII, SP, HT, CR or LF. */
    private static void assertOneCleanResponse(String path, String wire) {
        assertEquals(1, Raw.count(wire, "HTTP/1.1 "), path + ": " + wire);
        assertFalse(wire.contains("Set-Cookie: evil") || wire.contains("\nSet-Cookie"), path + ": " + wire);
        String head = wire.substring(0, wire.indexOf("\r\n\r\n"));
        for (char c : head.toCharArray()) {
            assertTrue((c >= 0x20 && c < 0x7F) || c == '\r' || c == '\n' || c == '\t',
                    path + ": byte " + (int) c + " in " + head);
        }
        for (String line : head.split("\r\n", -1)) {
            assertFalse(line.contains("\r") || line.contains("\n"), path + ": bare CR or LF in " + line);
        }
    }
}
