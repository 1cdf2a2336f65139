package dev.portico.feature.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import dev.portico.server.LocalServer;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.testing.EventFormat;
import dev.portico.testing.Events;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With debug mode off, no error response anywhere carries a stack trace, an exception or class name,
 * or a server path: one walk through every error path (404, 405, 400 for path, query, body, base64 and
 * malformed events of each source, 413 from the local server, 414, 422 from typed routes, 500 from a
 * handler, a middleware, an exception handler, the serializer, an unreadable body type, a response
 * header with CR/LF), in every event format. The failures' own messages are full of such text; none
 * of it may reach the client. With debug mode on, the same walk does show the stack trace, which
 * proves the check can see a leak.
 */
class NoLeakTest {
    /** What must never reach a client with debug mode off. */
    static final Pattern LEAK = Pattern.compile("Exception|Error:|java\\.|dev\\.portico\\.|com\\.fasterxml|/work|/home"
            + "|\\.java:|\\tat |Caused by|secret");
    static final String SECRET = "secret at /work/app/src/Handler.java:42 in /home/ci (java.lang.dev.portico.Exception)";

    /** Thrown by {@code /handled}; its exception handler fails in turn. */
    static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Boom() {
            super(SECRET);
        }
    }

    /** A value whose serialization fails. */
    public static final class Unwritable {
        public String getValue() {
            throw new IllegalStateException(SECRET);
        }
    }

    /** A body type Jackson cannot create. */
    public abstract static class Unreadable {
    }

    /** A typed route, for the 422 of request validation. */
    public static class Typed {
        @Get("/typed/{id}")
        public Map<String, Integer> typed(@dev.portico.feature.openapi.annotations.Path("id") int id) {
            return Map.of("id", id);
        }
    }

    static Resolver app(boolean debug) {
        var b = Resolver.builder().debug(debug).include(OpenApi.routes(new Typed()));
        b.get("/boom", r -> {
            throw new IllegalStateException(SECRET);
        });
        b.get("/middleware", r -> "never").middleware((request, next) -> {
            throw new UnsupportedOperationException(SECRET);
        });
        b.get("/handled", r -> {
            throw new Boom();
        });
        b.exceptionHandler(Boom.class, (e, r) -> {
            throw new IllegalArgumentException(SECRET, e);
        });
        b.get("/serializer", r -> new Unwritable());
        b.post("/unreadable", r -> r.body(Unreadable.class));
        b.get("/crlf", r -> Response.builder().header("X-Secret", "a\r\n" + SECRET).build());
        b.post("/json", r -> r.json());
        b.post("/todo", r -> r.body(Todo.class));
        b.post("/text", r -> r.body());
        b.get("/re/(a|b)*", r -> "re");
        return b.build();
    }

    /** Requests whose answers are errors: path, method and body ({@code null} for none). */
    static final List<String[]> REQUESTS = List.of(
            new String[] {"/nowhere", "GET", null},
            new String[] {"/boom", "DELETE", null},
            new String[] {"/boom", "GET", null},
            new String[] {"/middleware", "GET", null},
            new String[] {"/handled", "GET", null},
            new String[] {"/serializer", "GET", null},
            new String[] {"/unreadable", "POST", "{\"a\":1}"},
            new String[] {"/crlf", "GET", null},
            new String[] {"/files/%zz", "GET", null},
            new String[] {"/files/%C3%28", "GET", null},
            new String[] {"/json", "POST", "{\"java.lang\": Exception}"},
            new String[] {"/json", "POST", "[".repeat(5000)},
            new String[] {"/todo", "POST", "{\"userId\":\"x\"}"},
            new String[] {"/todo", "POST", "{} []"},
            new String[] {"/todo", "POST", null},
            new String[] {"/typed/apples", "GET", null},
            new String[] {"/re/" + "ab".repeat(50_000), "GET", null});

    @Test
    void noErrorResponseLeaksInternals() throws Exception {
        Resolver app = app(false);
        List<String> answers = new ArrayList<>();
        for (EventFormat format : EventFormat.values()) {
            PorticoClient client = PorticoClient.of(app).format(format);
            for (String[] q : REQUESTS) {
                var request = client.request(q[1], q[0]);
                if (q[2] != null) {
                    request.body(q[2]);
                }
                answers.add(check(format + " " + q[1] + " " + q[0], request.send()));
            }
        }
        for (String event : malformedEvents()) {
            answers.add(check(event, TestResponse.of(app.resolve(event, null))));
        }
        answers.addAll(localServer(app));
        assertTrue(answers.stream().anyMatch(a -> a.startsWith("422")), answers.toString());
        assertTrue(answers.stream().anyMatch(a -> a.startsWith("413")), answers.toString());
        assertTrue(answers.stream().anyMatch(a -> a.startsWith("414")), answers.toString());
        assertEquals(List.of(), answers.stream().filter(a -> a.startsWith("2")).toList());
    }

    /** The check is able to see a leak: in debug mode the 500s carry the stack trace. */
    @Test
    void debugModeShowsTheTraceTheCheckLooksFor() {
        TestResponse r = PorticoClient.of(app(true)).get("/boom").send();
        assertEquals(500, r.status());
        assertTrue(LEAK.matcher(r.body()).find(), r.body());
    }

    private static String check(String what, TestResponse r) {
        assertTrue(r.status() >= 400, what + ": " + r.raw());
        String text = r.body() + " " + r.headers();
        assertFalse(LEAK.matcher(text).find(), what + " leaks: " + r.raw());
        return r.status() + " " + what;
    }

    /**
     * Events each source cannot decode (invalid methods, malformed query strings), and bodies flagged
     * base64 that are not.
     */
    static List<String> malformedEvents() {
        List<String> out = new ArrayList<>();
        for (EventFormat format : EventFormat.values()) {
            Map<String, Object> b = parse(Events.of(format).method("POST").path("/text").build());
            b.put("body", "not base64!");
            b.put(format == EventFormat.VPC_LATTICE ? "is_base64_encoded" : "isBase64Encoded", true);
            out.add(Apps.M.valueToTree(b).toString());
            Map<String, Object> e = parse(Events.of(format).path("/boom").build());
            switch (format) {
                case REST, ALB, ALB_MULTI_VALUE -> e.put("httpMethod", "G E T");
                case VPC_LATTICE, VPC_LATTICE_V2 -> e.put("method", "");
                default -> e.put("rawQueryString", "a=%zz");
            }
            out.add(Apps.M.valueToTree(e).toString());
        }
        Map<String, Object> alb = parse(Events.alb().path("/boom").build());
        alb.put("queryStringParameters", Map.of("q", "%E2%82"));
        out.add(Apps.M.valueToTree(alb).toString());
        Map<String, Object> lattice = parse(Events.vpcLattice().build());
        lattice.put("raw_path", "/boom?x=%z");
        lattice.remove("query_string_parameters");
        out.add(Apps.M.valueToTree(lattice).toString());
        return out;
    }

    /**
     * Through the local HTTP server: a body over the limit (413), a query string that is not UTF-8
     * (400), a handler failure (500). (A request line the JDK's HTTP server cannot parse at all, such as
     * {@code GET /?q=%zz}, is answered by that server itself, before Portico sees it.)
     */
    private static List<String> localServer(Resolver app) throws IOException {
        List<String> out = new ArrayList<>();
        try (LocalServer server = LocalServer.builder(app).source("apigw-rest").port(0).maxRequestBytes(64).build()
                .start()) {
            for (String[] q : List.of(new String[] {"POST", "json", "{\"a\":\"" + "x".repeat(200) + "\"}"},
                    new String[] {"GET", "boom?q=%C3%28", null}, new String[] {"GET", "boom", null})) {
                HttpURLConnection c = (HttpURLConnection) URI.create(server.url() + q[1]).toURL().openConnection();
                c.setRequestMethod(q[0]);
                if (q[2] != null) {
                    c.setDoOutput(true);
                    c.setRequestProperty("Content-Type", "application/json");
                    try (OutputStream os = c.getOutputStream()) {
                        os.write(q[2].getBytes(StandardCharsets.UTF_8));
                    }
                }
                int status = c.getResponseCode();
                String body;
                try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                    body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String headers = c.getHeaderFields().toString();
                assertTrue(status >= 400, q[1] + ": " + status);
                assertFalse(LEAK.matcher(body + " " + headers).find(), q[1] + " leaks: " + body + " " + headers);
                out.add(status + " local " + q[0] + " " + q[1]);
            }
        }
        return out;
    }

    private static Map<String, Object> parse(String json) {
        try {
            return Apps.M.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
