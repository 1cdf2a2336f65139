package dev.portico.source.apigw.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.api.Cookie;
import dev.portico.api.Response;
import dev.portico.core.server.LocalServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local server producing apigw-rest events: real HTTP in, this source's writeEvent, decode, encode and readResponse, HTTP out. */
class LocalServerTest {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static LocalServer server;

    @BeforeAll
    static void start() {
        var b = ApiGatewayRestResolver.builder();
        b.get("/echo/{id}", r -> Map.of("id", r.pathParam("id"), "q", r.queryParams().asMap(),
                "tag", r.headers().all("X-Tag"), "session", String.valueOf(r.cookie("session")), "source", r.source()));
        b.get("/cookies", r -> Response.builder().header("X-Rep", "a").header("X-Rep", "b")
                .cookie(Cookie.of("a", "1")).cookie(Cookie.of("b", "2")).body("ok").build());
        b.post("/bytes", r -> r.bodyBytes());
        server = LocalServer.builder(b.build()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    @Test
    void theServerUsesThisSource() {
        assertEquals("apigw-rest", server.source().id());
    }

    @Test
    void requestsArriveWithPathQueryHeadersAndCookies() throws IOException {
        Reply r = send("GET", "echo/a%20b?q=x+y&q=z", null, "X-Tag", "t1", "Cookie", "session=s1; theme=dark");
        assertEquals(200, r.status);
        assertEquals(JSON.readTree("{\"id\":\"a b\",\"q\":{\"q\":[\"x y\",\"z\"]},\"tag\":[\"t1\"],\"session\":\"s1\","
                + "\"source\":\"apigw-rest\"}"), JSON.readTree(r.text()));
    }

    @Test
    void responsesCarryTheirHeadersAndCookies() throws IOException {
        Reply r = send("GET", "cookies", null);
        assertEquals(List.of("a", "b"), sorted(r.headers.get("X-Rep")));
        assertEquals(List.of("a=1; Secure", "b=2; Secure"), sorted(r.headers.get("Set-Cookie")));
    }

    @Test
    void binaryBodiesTravelAsBytes() throws IOException {
        byte[] data = {0, 1, 2, (byte) 0xff, (byte) 0x89, 'P', 'N', 'G'};
        Reply r = send("POST", "bytes", data, "Content-Type", "application/octet-stream");
        assertEquals(200, r.status);
        assertEquals(List.of("application/octet-stream"), r.headers.get("Content-Type"));
        assertArrayEquals(data, r.body);
    }

    @Test
    void unknownRoutesAre404() throws IOException {
        Reply r = send("GET", "nowhere", null);
        assertEquals(404, r.status);
        assertEquals("{\"statusCode\":404,\"message\":\"Not found\"}", r.text());
    }

    private record Reply(int status, Map<String, List<String>> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }

    /** A real HTTP call with the JDK's HttpURLConnection (java.base, so it runs on the module path too). */
    private static Reply send(String method, String path, byte[] body, String... headers) throws IOException {
        URI uri = server.url().resolve(path);
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        c.setRequestMethod(method);
        for (int i = 0; i < headers.length; i += 2) {
            c.addRequestProperty(headers[i], headers[i + 1]);
        }
        if (body != null) {
            c.setDoOutput(true);
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
        }
        int status = c.getResponseCode();
        Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        c.getHeaderFields().forEach((k, v) -> {
            if (k != null) {
                h.put(k, v);
            }
        });
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            return new Reply(status, h, in == null ? new byte[0] : in.readAllBytes());
        }
    }
}
