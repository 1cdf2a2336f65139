package dev.portico.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.Cookie;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One server on an ephemeral port answering through the Lambda path, called with a real HTTP client. */
class LocalServerTest {
    private static final WireSource SOURCE = new WireSource();
    private static LocalServer server;
    private static URI base;

    @BeforeAll
    static void start() {
        var b = Resolver.builder().discover(false).register(SOURCE);
        b.get("/hello", r -> Map.of("hello", r.queryParam("name")));
        b.get("/query", r -> r.queryParams().asMap());
        b.get("/headers", r -> r.headers().all("X-Multi"));
        b.get("/repeated", r -> Response.builder().header("X-Rep", "a").header("X-Rep", "b").body("ok").build());
        b.get("/cookies", r -> Response.builder()
                .cookie(Cookie.of("a", "1").withPath("/"))
                .cookie(Cookie.of("b", "2").withHttpOnly(true))
                .body(r.cookie("session") + "," + r.cookie("theme")).build());
        b.post("/reverse", r -> {
            byte[] in = r.bodyBytes();
            byte[] out = new byte[in.length];
            for (int i = 0; i < in.length; i++) {
                out[i] = in[in.length - 1 - i];
            }
            return out;
        });
        b.post("/echo", r -> Response.status(201).contentType("text/plain").body(r.body()).build());
        b.get("/context", r -> List.of(r.requestId(), r.lambdaContext().getAwsRequestId(),
                r.lambdaContext().getFunctionName(), r.source(), String.valueOf(r.sourceIp())));
        b.get("/items/{id}", r -> Map.of("id", r.pathParam("id")));
        b.get("/empty", r -> Response.status(204).build());
        Resolver app = b.build();
        server = LocalServer.builder(app).port(0).threads(8).build().start();
        base = server.url();
    }

    @AfterAll
    static void stop() {
        server.stop(java.time.Duration.ofSeconds(1));
    }

    @Test
    void answersWithStatusContentTypeAndJsonBody() throws Exception {
        Http.Reply r = Http.get(base, "hello?name=Ada");
        assertEquals(200, r.status());
        assertEquals("application/json", r.first("Content-Type"));
        assertEquals("{\"hello\":\"Ada\"}", r.text());
    }

    @Test
    void portAndUrlReportTheEphemeralPort() {
        assertTrue(server.port() > 0);
        assertEquals(URI.create("http://localhost:" + server.port() + "/"), server.url());
        assertEquals("wire", server.source().id());
    }

    @Test
    void queryParametersArriveDecodedAndRepeated() throws Exception {
        Http.Reply r = Http.get(base, "query?a=1&a=2&b=x%20y&c=%C3%A9+z");
        assertEquals("{\"a\":[\"1\",\"2\"],\"b\":[\"x y\"],\"c\":[\"é z\"]}", r.text());
    }

    @Test
    void pathParametersArePercentDecodedOnce() throws Exception {
        assertEquals("{\"id\":\"a b%2F\"}", Http.get(base, "items/a%20b%252F").text());
    }

    @Test
    void repeatedRequestHeadersReachTheHandlerAsSeparateValues() throws Exception {
        Http.Reply r = Http.get(base, "headers", "X-Multi", "one", "X-Multi", "two");
        assertEquals("[\"one\",\"two\"]", r.text());
    }

    @Test
    void repeatedResponseHeadersAreSentAsSeparateLines() throws Exception {
        Http.Reply r = Http.get(base, "repeated");
        assertEquals(List.of("a", "b"), sorted(r.all("X-Rep")));
        assertNull(r.first("Content-Type"), "a Response with a String body and no content type has none");
    }

    @Test
    void cookiesGoBothWays() throws Exception {
        Http.Reply r = Http.get(base, "cookies", "Cookie", "session=s1; theme=dark");
        assertEquals("s1,dark", r.text());
        assertEquals(List.of("a=1; Path=/; Secure", "b=2; Secure; HttpOnly"), sorted(r.all("Set-Cookie")));
    }

    @Test
    void binaryBodiesTravelAsBytesBothWays() throws Exception {
        byte[] data = new byte[4096];
        new Random(7).nextBytes(data);
        Http.Reply r = Http.send(base, "POST", "reverse", "application/octet-stream", data);
        assertEquals(200, r.status());
        assertEquals("application/octet-stream", r.first("Content-Type"));
        byte[] expected = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            expected[i] = data[data.length - 1 - i];
        }
        assertArrayEquals(expected, r.body());
    }

    @Test
    void textBodiesArriveAsText() throws Exception {
        Http.Reply r = Http.send(base, "POST", "echo", "text/plain; charset=utf-8",
                "grüße".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, r.status());
        assertEquals("grüße", r.text());
    }

    @Test
    void unknownPathIs404WithPorticosBody() throws Exception {
        Http.Reply r = Http.get(base, "nope");
        assertEquals(404, r.status());
        assertEquals("{\"statusCode\":404,\"message\":\"Not found\"}", r.text());
        assertEquals("application/json", r.first("Content-Type"));
    }

    @Test
    void wrongMethodIs405WithAllow() throws Exception {
        Http.Reply r = Http.send(base, "DELETE", "hello", null, null);
        assertEquals(405, r.status());
        assertEquals("GET, HEAD", r.first("Allow"));
        assertEquals("{\"statusCode\":405,\"message\":\"Method not allowed\"}", r.text());
    }

    @Test
    void headIsAnsweredByTheGetRouteWithoutBody() throws Exception {
        Http.Reply r = Http.send(base, "HEAD", "hello?name=x", null, null);
        assertEquals(200, r.status());
        assertEquals("application/json", r.first("Content-Type"));
        assertEquals(0, r.body().length);
    }

    @Test
    void noContentHasNoBody() throws Exception {
        Http.Reply r = Http.get(base, "empty");
        assertEquals(204, r.status());
        assertEquals(0, r.body().length);
    }

    @Test
    void eachRequestGetsItsOwnRequestIdAndALambdaContext() throws Exception {
        String first = Http.get(base, "context").text();
        String second = Http.get(base, "context").text();
        List<?> a = new com.fasterxml.jackson.databind.ObjectMapper().readValue(first, List.class);
        List<?> b = new com.fasterxml.jackson.databind.ObjectMapper().readValue(second, List.class);
        assertEquals(a.get(0), a.get(1), "the event's request id is the Lambda request id");
        assertEquals(36, ((String) a.get(0)).length());
        assertNotEquals(a.get(0), b.get(0));
        assertEquals("portico-local", a.get(2));
        assertEquals("wire", a.get(3));
        assertEquals("127.0.0.1", a.get(4));
    }

    @Test
    void malformedQueryIs400FromTheServer() throws Exception {
        Http.Reply r = Http.get(base, "hello?name=%C3%28");
        assertEquals(400, r.status());
        assertTrue(r.text().startsWith("{\"statusCode\":400,\"message\":\"Malformed percent-encoding in query string"),
                r.text());
    }

    @Test
    void concurrentRequestsEachGetTheirOwnResponse() throws Exception {
        int before = SOURCE.decoded.get();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(clients.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 200; i++) {
                        String name = "t" + thread + "-" + i;
                        Http.Reply r = Http.get(base, "hello?name=" + name);
                        if (r.status() == 200 && r.text().equals("{\"hello\":\"" + name + "\"}")) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            for (Future<Integer> f : results) {
                assertEquals(200, f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
        assertTrue(SOURCE.decoded.get() - before >= 1600, "every request went through the event source");
    }

    @Test
    void headersWithoutCookieHaveNoSetCookie() throws Exception {
        assertNull(Http.get(base, "hello?name=x").first("Set-Cookie"));
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }
}
