package dev.portico.examples.todo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.server.LocalServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end: the todo API on the local server (ephemeral port), called with java.net.http. */
class TodoApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static LocalServer server;

    @BeforeAll
    static void start() {
        server = LocalServer.builder(TodoApp.create(new TodoStore())).port(0).threads(8).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ofSeconds(2));
    }

    private static HttpResponse<byte[]> send(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.url().resolve(path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> r) throws IOException {
        return JSON.readTree(r.body());
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    private static long create(String title) throws Exception {
        HttpResponse<byte[]> r = send("POST", "todos", "{\"title\":\"" + title + "\"}");
        assertEquals(201, r.statusCode());
        return json(r).get("id").asLong();
    }

    @Test
    void crud() throws Exception {
        HttpResponse<byte[]> created = send("POST", "todos", "{\"title\":\"  Buy milk \"}");
        assertEquals(201, created.statusCode());
        long id = json(created).get("id").asLong();
        assertEquals("/todos/" + id, header(created, "Location"));
        assertEquals("application/json", header(created, "Content-Type"));
        assertEquals(JSON.readTree("{\"id\":" + id + ",\"title\":\"Buy milk\",\"completed\":false}"), json(created));

        HttpResponse<byte[]> read = send("GET", "todos/" + id, null);
        assertEquals(200, read.statusCode());
        assertEquals(json(created), json(read));
        assertTrue(json(send("GET", "todos", null)).findValuesAsText("title").contains("Buy milk"));

        HttpResponse<byte[]> replaced = send("PUT", "todos/" + id, "{\"title\":\"Buy oat milk\",\"completed\":false}");
        assertEquals(JSON.readTree("{\"id\":" + id + ",\"title\":\"Buy oat milk\",\"completed\":false}"), json(replaced));
        HttpResponse<byte[]> patched = send("PATCH", "todos/" + id, "{\"completed\":true}");
        assertEquals(JSON.readTree("{\"id\":" + id + ",\"title\":\"Buy oat milk\",\"completed\":true}"), json(patched));

        HttpResponse<byte[]> deleted = send("DELETE", "todos/" + id, null);
        assertEquals(204, deleted.statusCode());
        assertEquals(0, deleted.body().length);
        HttpResponse<byte[]> gone = send("GET", "todos/" + id, null);
        assertEquals(404, gone.statusCode());
        JsonNode problem = json(gone);
        assertEquals("todo_not_found", problem.get("error").asText());
        assertEquals("No todo with id " + id, problem.get("message").asText());
        assertEquals(header(gone, "X-Correlation-Id"), problem.get("correlationId").asText());
        assertEquals(404, send("DELETE", "todos/" + id, null).statusCode());
        assertEquals(404, send("PUT", "todos/" + id, "{\"title\":\"x\"}").statusCode());
    }

    @Test
    void unknownPathsAre404WithPorticosBody() throws Exception {
        HttpResponse<byte[]> r = send("GET", "nothing/here", null);
        assertEquals(404, r.statusCode());
        assertEquals(JSON.readTree("{\"statusCode\":404,\"message\":\"Not found\"}"), json(r));
        assertTrue(header(r, "X-Correlation-Id").matches("[0-9a-f-]{36}"));
    }

    @Test
    void wrongMethodsAre405WithAllow() throws Exception {
        HttpResponse<byte[]> r = send("DELETE", "todos", null);
        assertEquals(405, r.statusCode());
        assertEquals(JSON.readTree("{\"statusCode\":405,\"message\":\"Method not allowed\"}"), json(r));
        assertEquals("GET, HEAD, OPTIONS, POST", header(r, "Allow"));
    }

    @Test
    void malformedJsonIs422WithTheProblem() throws Exception {
        HttpResponse<byte[]> r = send("POST", "todos", "{\"title\":");
        assertEquals(422, r.statusCode());
        assertEquals(JSON.readTree("{\"statusCode\":422,\"detail\":[{\"loc\":[\"body\",9],\"type\":\"json_invalid\","
                + "\"msg\":\"JSON decode error\"}]}"), json(r));
        assertTrue(header(r, "X-Correlation-Id").matches("[0-9a-f-]{36}"), "error answers carry the correlation id");
    }

    @Test
    void invalidTodosAre422WithEveryProblem() throws Exception {
        HttpResponse<byte[]> blank = send("POST", "todos", "{\"title\":\"\"}");
        assertEquals(422, blank.statusCode());
        assertEquals(JSON.readTree("{\"statusCode\":422,\"detail\":["
                + "{\"loc\":[\"body\",\"title\"],\"type\":\"string_too_short\",\"msg\":\"String should have at least 1 character\"},"
                + "{\"loc\":[\"body\",\"title\"],\"type\":\"string_pattern_mismatch\",\"msg\":\"String should match pattern '\\\\S'\"}]}"),
                json(blank));
        HttpResponse<byte[]> missing = send("POST", "todos", "{}");
        assertEquals("missing", json(missing).get("detail").get(0).get("type").asText());
        HttpResponse<byte[]> tooLong = send("PUT", "todos/1", "{\"title\":\"" + "x".repeat(201) + "\"}");
        assertEquals("string_too_long", json(tooLong).get("detail").get(0).get("type").asText());
        HttpResponse<byte[]> badId = send("GET", "todos/abc", null);
        assertEquals(422, badId.statusCode());
        assertEquals(JSON.readTree("[\"path\",\"id\"]"), json(badId).get("detail").get(0).get("loc"));
        assertEquals(422, send("GET", "todos/0", null).statusCode(), "ids start at 1");
    }

    @Test
    void corsPreflightFromTheFrontEnd() throws Exception {
        HttpResponse<byte[]> r = send("OPTIONS", "todos", null, "Origin", TodoApp.FRONT_END_DEV,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertEquals(204, r.statusCode());
        assertEquals(TodoApp.FRONT_END_DEV, header(r, "Access-Control-Allow-Origin"));
        assertEquals("GET,OPTIONS,POST", header(r, "Access-Control-Allow-Methods"));
        assertEquals("600", header(r, "Access-Control-Max-Age"));
        assertTrue(header(r, "Access-Control-Allow-Headers").contains("X-Correlation-Id"));
    }

    @Test
    void corsHeadersOnlyForAllowedOrigins() throws Exception {
        HttpResponse<byte[]> allowed = send("GET", "todos", null, "Origin", TodoApp.FRONT_END);
        assertEquals(TodoApp.FRONT_END, header(allowed, "Access-Control-Allow-Origin"));
        assertTrue(header(allowed, "Access-Control-Expose-Headers").contains("X-Correlation-Id"));
        HttpResponse<byte[]> other = send("GET", "todos", null, "Origin", "https://evil.example");
        assertEquals(200, other.statusCode());
        assertFalse(other.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void listsAreGzippedForClientsThatAcceptIt() throws Exception {
        create("Compress me");
        HttpResponse<byte[]> plain = send("GET", "todos", null);
        assertFalse(plain.headers().firstValue("Content-Encoding").isPresent());
        HttpResponse<byte[]> gzipped = send("GET", "todos", null, "Accept-Encoding", "gzip");
        assertEquals(200, gzipped.statusCode());
        assertEquals("gzip", header(gzipped, "Content-Encoding"));
        assertEquals("application/json", header(gzipped, "Content-Type"));
        assertEquals(JSON.readTree(plain.body()), JSON.readTree(gunzip(gzipped.body())));
    }

    @Test
    void theLogoIsABinarySvg() throws Exception {
        byte[] expected;
        try (InputStream in = TodoApp.class.getResourceAsStream("logo.svg")) {
            expected = in.readAllBytes();
        }
        HttpResponse<byte[]> r = send("GET", "logo", null);
        assertEquals(200, r.statusCode());
        assertEquals("image/svg+xml", header(r, "Content-Type"));
        assertArrayEquals(expected, r.body());
        HttpResponse<byte[]> gzipped = send("GET", "logo", null, "Accept-Encoding", "gzip, deflate");
        assertEquals("gzip", header(gzipped, "Content-Encoding"));
        assertArrayEquals(expected, gunzip(gzipped.body()));
    }

    @Test
    void headAnswersWithoutBody() throws Exception {
        HttpResponse<byte[]> r = send("HEAD", "todos", null);
        assertEquals(200, r.statusCode());
        assertEquals(0, r.body().length);
        assertEquals("application/json", header(r, "Content-Type"));
    }

    @Test
    void correlationIdsAreKeptOrMade() throws Exception {
        assertEquals("order-42", header(send("GET", "todos", null, "X-Correlation-Id", "order-42"), "X-Correlation-Id"));
        String made = header(send("GET", "todos", null, "X-Correlation-Id", "<script>"), "X-Correlation-Id");
        assertTrue(made.matches("[0-9a-f-]{36}"), made);
        assertNotEquals(made, header(send("GET", "todos", null), "X-Correlation-Id"));
    }

    @Test
    void concurrentClientsShareOneApplication() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        String title = "t" + thread + "-" + i;
                        long id = create(title);
                        assertEquals(title, json(send("GET", "todos/" + id, null)).get("title").asText());
                        ids.add(id);
                    }
                    return ids;
                }));
            }
            Set<Long> all = new HashSet<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(200, all.size(), "every create got its own id");
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    @Test
    void theServerProducesRestEvents() {
        assertEquals("apigw-rest", server.source().id());
        assertEquals(URI.create("http://localhost:" + server.port() + "/"), server.url());
        assertTrue(new String(server.url().toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .startsWith("http://localhost:"));
    }
}
