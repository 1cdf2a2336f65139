package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.BadRequestError;
import dev.portico.api.Cookie;
import dev.portico.api.ForbiddenError;
import dev.portico.api.Middleware;
import dev.portico.api.NotFoundError;
import dev.portico.api.Response;
import dev.portico.api.Router;
import dev.portico.api.ServiceError;
import dev.portico.api.ServiceUnavailableError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private static Resolver.Builder builder() {
        return Resolver.builder().discover(false).register(new FakeSource()).debug(false);
    }

    /** A middleware that records "name>" before and "<name" after the rest of the chain. */
    private static Middleware trace(List<String> log, String name) {
        return (req, next) -> {
            log.add(name + ">");
            Response r = next.handle(req);
            log.add("<" + name);
            return r;
        };
    }

    @Test
    void globalMiddlewaresRunBeforeRouteOnesAndUnwindInReverse() {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Resolver.Builder b = builder().use(trace(log, "g1"), trace(log, "g2"));
        b.get("/x", r -> {
            log.add("handler");
            return "ok";
        }).middleware(trace(log, "r1"), trace(log, "r2"));
        Fake.req("GET", "/x").send(b.build());
        assertEquals(List.of("g1>", "g2>", "r1>", "r2>", "handler", "<r2", "<r1", "<g2", "<g1"), log);
    }

    @Test
    void aMiddlewareShortCircuitsByReturningAResponse() {
        List<String> log = new ArrayList<>();
        Middleware guard = (req, next) -> req.header("x-correlation-id") == null
                ? Response.status(400).body("Correlation ID header is now mandatory.").build()
                : next.handle(req);
        Resolver.Builder b = builder().use(trace(log, "logger"), guard);
        b.get("/todos", r -> {
            log.add("handler");
            return Map.of();
        });
        JsonNode r = Fake.req("GET", "/todos").send(b.build());
        assertEquals(400, r.get("status").asInt());
        assertEquals("Correlation ID header is now mandatory.", r.get("body").asText());
        assertEquals(0, r.get("headers").size(), "no Content-Type for a String body without one");
        assertEquals(List.of("logger>", "<logger"), log);
    }

    @Test
    void routeExceptionUnhandledByMiddlewaresBecomesA500WithoutInternals() {
        List<String> log = new ArrayList<>();
        Resolver.Builder b = builder().use(trace(log, "m1"), trace(log, "m2"));
        b.get("/boom", r -> {
            throw new IllegalStateException("secret detail at /opt/app");
        });
        JsonNode r = Fake.req("GET", "/boom").send(b.build());
        assertEquals(500, r.get("status").asInt());
        assertEquals("{\"statusCode\":500,\"message\":\"Internal Server Error\"}", r.get("body").asText());
        assertEquals(List.of("m1>", "m2>"), log, "after parts are skipped when nobody catches");
    }

    @Test
    void aMiddlewareCatchingTheRouteExceptionResumesTheOuterAfterParts() {
        List<String> log = new ArrayList<>();
        Middleware catcher = (req, next) -> {
            try {
                return next.handle(req);
            } catch (IllegalStateException e) {
                log.add("caught");
                return Response.status(502).body("recovered").build();
            }
        };
        Resolver.Builder b = builder().use(trace(log, "m1"), trace(log, "m2"), catcher);
        b.get("/boom", r -> {
            throw new IllegalStateException("x");
        });
        JsonNode r = Fake.req("GET", "/boom").send(b.build());
        assertEquals(502, r.get("status").asInt());
        assertEquals(List.of("m1>", "m2>", "caught", "<m2", "<m1"), log);
    }

    @Test
    void aMiddlewareRaisingShortCircuitsAndOnlyTheCatcherResumes() {
        List<String> log = new ArrayList<>();
        Middleware first = (req, next) -> {
            log.add("m1>");
            try {
                return next.handle(req);
            } catch (ForbiddenError e) {
                log.add("m1 caught");
                return Response.status(403).body("denied").build();
            }
        };
        Middleware raising = (req, next) -> {
            log.add("m3 raises");
            throw new ForbiddenError();
        };
        Resolver.Builder b = builder().use(first, trace(log, "m2"), raising, trace(log, "m4"));
        b.get("/x", r -> "never");
        JsonNode r = Fake.req("GET", "/x").send(b.build());
        assertEquals("denied", r.get("body").asText());
        assertEquals(List.of("m1>", "m2>", "m3 raises", "m1 caught"), log);
    }

    @Test
    void serviceErrorsAnswerTheirStatus() {
        Resolver.Builder b = builder();
        b.get("/bad", r -> {
            throw new BadRequestError("Missing id");
        });
        b.get("/down", r -> {
            throw new ServiceUnavailableError();
        });
        b.get("/teapot", r -> {
            throw new ServiceError(418, "I'm a \"teapot\"");
        });
        Resolver app = b.build();
        assertEquals("{\"statusCode\":400,\"message\":\"Missing id\"}", Fake.req("GET", "/bad").send(app).get("body").asText());
        assertEquals(503, Fake.req("GET", "/down").send(app).get("status").asInt());
        assertEquals("{\"statusCode\":418,\"message\":\"I'm a \\\"teapot\\\"\"}",
                Fake.req("GET", "/teapot").send(app).get("body").asText());
    }

    @Test
    void theMostSpecificExceptionHandlerWins() {
        Resolver.Builder b = builder()
                .exceptionHandler(RuntimeException.class, (e, r) -> Response.status(500).body("runtime").build())
                .exceptionHandler(IllegalArgumentException.class, (e, r) -> Response.status(422).body("iae").build())
                .exceptionHandler(List.of(NumberFormatException.class, ArithmeticException.class),
                        (e, r) -> Response.status(400).body("math " + e.getClass().getSimpleName()).build())
                .exceptionHandler(NotFoundError.class, (e, r) -> Response.status(404).body("custom 404").build());
        b.get("/nfe", r -> Integer.parseInt("x"));
        b.get("/iae", r -> {
            throw new IllegalArgumentException();
        });
        b.get("/ise", r -> {
            throw new IllegalStateException();
        });
        b.get("/div", r -> 1 / Integer.parseInt("0"));
        Resolver app = b.build();
        assertEquals("math NumberFormatException", Fake.req("GET", "/nfe").send(app).get("body").asText());
        assertEquals("iae", Fake.req("GET", "/iae").send(app).get("body").asText());
        assertEquals("runtime", Fake.req("GET", "/ise").send(app).get("body").asText());
        assertEquals("math ArithmeticException", Fake.req("GET", "/div").send(app).get("body").asText());
        assertEquals("custom 404", Fake.req("GET", "/missing").send(app).get("body").asText(),
                "NotFoundError handlers also answer unmatched paths, as in Powertools");
    }

    @Test
    void debugModePutsTheStackTraceInThe500() {
        Resolver.Builder b = builder().debug(true);
        b.get("/boom", r -> {
            throw new IllegalStateException("kaboom");
        });
        JsonNode r = Fake.req("GET", "/boom").send(b.build());
        assertEquals(500, r.get("status").asInt());
        assertTrue(r.get("body").asText().startsWith("java.lang.IllegalStateException: kaboom"));
        assertEquals("text/plain; charset=utf-8", r.get("headers").get("Content-Type").get(0).asText());
    }

    @Test
    void handlerResultsBecomeResponses() {
        Resolver.Builder b = builder();
        b.get("/map", r -> Map.of("price", new BigDecimal("10.50")));
        b.get("/text", r -> "héllo");
        b.get("/bytes", r -> new byte[] {1, 2, 3});
        b.get("/none", r -> null);
        b.get("/full", r -> Response.status(201).header("X-Id", "1").header("X-Id", "2").contentType("text/csv")
                .cookie(Cookie.of("session_id", "12345")).cookie(Cookie.of("b", "2").withHttpOnly(true))
                .body("a,b").build());
        Resolver app = b.build();
        JsonNode map = Fake.req("GET", "/map").send(app);
        assertEquals("{\"price\":10.50}", map.get("body").asText());
        assertEquals("application/json", map.get("headers").get("Content-Type").get(0).asText());
        JsonNode text = Fake.req("GET", "/text").send(app);
        assertEquals("héllo", text.get("body").asText());
        assertEquals("text/plain; charset=utf-8", text.get("headers").get("Content-Type").get(0).asText());
        JsonNode bytes = Fake.req("GET", "/bytes").send(app);
        assertEquals("AQID", bytes.get("body").asText());
        assertTrue(bytes.get("base64").asBoolean());
        assertEquals("application/octet-stream", bytes.get("headers").get("Content-Type").get(0).asText());
        JsonNode none = Fake.req("GET", "/none").send(app);
        assertEquals(200, none.get("status").asInt());
        assertEquals("", none.get("body").asText());
        assertEquals(0, none.get("headers").size());
        JsonNode full = Fake.req("GET", "/full").send(app);
        assertEquals(Fake.parse("{\"status\":201,\"headers\":{\"X-Id\":[\"1\",\"2\"],\"Content-Type\":[\"text/csv\"]},"
                + "\"cookies\":[\"session_id=12345; Secure\",\"b=2; Secure; HttpOnly\"],\"body\":\"a,b\","
                + "\"base64\":false}"), full);
    }

    @Test
    void routersMergeRoutesWithPrefixesContextAndScopedMiddlewares() {
        List<String> log = new ArrayList<>();
        Router todos = new Router().use(trace(log, "todos-mw")).appendContext("service", "todos");
        todos.get("/", r -> "list " + r.context().get("service"));
        todos.get("/{id}", r -> "one " + r.pathParam("id"));
        Router health = new Router();
        health.get("/health", r -> "up");
        Resolver app = builder().include(todos, "/todos").include(health).build();
        assertEquals("list todos", Fake.req("GET", "/todos").send(app).get("body").asText());
        assertEquals("one 7", Fake.req("GET", "/todos/7/").send(app).get("body").asText());
        assertEquals(List.of("todos-mw>", "<todos-mw", "todos-mw>", "<todos-mw"), log);
        assertEquals("up", Fake.req("GET", "/health").send(app).get("body").asText());
        assertEquals(List.of("todos-mw>", "<todos-mw", "todos-mw>", "<todos-mw"), log, "router middlewares are scoped");
    }

    @Test
    void contextIsPerRequestAndStartsFromTheAppendedEntries() {
        Resolver.Builder b = builder().appendContext("app", "portico")
                .use((req, next) -> {
                    req.appendContext("correlation_id", req.header("x-correlation-id"));
                    Response r = next.handle(req);
                    return r.toBuilder().header("x-correlation-id", String.valueOf(req.context().get("correlation_id")))
                            .build();
                });
        b.get("/ctx", r -> new java.util.TreeMap<>(r.context()));
        Resolver app = b.build();
        JsonNode first = Fake.req("GET", "/ctx").header("X-Correlation-Id", "abc").send(app);
        assertEquals("{\"app\":\"portico\",\"correlation_id\":\"abc\"}", first.get("body").asText());
        assertEquals("abc", first.get("headers").get("x-correlation-id").get(0).asText());
        JsonNode second = Fake.req("GET", "/ctx").send(app);
        assertEquals("{\"app\":\"portico\",\"correlation_id\":null}", second.get("body").asText());
    }

    @Test
    void aContextEntryMayStartAsNull() {
        var b = builder().appendContext("user", null);
        b.get("/u", r -> String.valueOf(r.context().containsKey("user")));
        assertEquals("true", Fake.req("GET", "/u").send(b.build()).get("body").asText());
    }

    @Test
    void requestExposesHeadersQueryCookiesBodyAndTheTypedEvent() {
        Resolver.Builder b = builder();
        b.post("/echo/{id}", r -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("method", r.method());
            m.put("id", r.pathParam("id"));
            m.put("h", r.headers().all("x-multi"));
            m.put("q", r.queryParams().all("tag"));
            m.put("cookies", r.cookies());
            m.put("json", r.json().get("title").asText());
            m.put("source", r.source());
            m.put("eventHasFake", r.event(Map.class).containsKey("fake"));
            m.put("requestId", r.requestId() != null);
            return m;
        });
        JsonNode r = Fake.req("POST", "/echo/5").header("X-Multi", "a", "b").header("Cookie", "s=1; t=2")
                .query("tag", "x", "y").body("{\"title\":\"t\"}").send(b.build());
        assertEquals("{\"method\":\"POST\",\"id\":\"5\",\"h\":[\"a\",\"b\"],\"q\":[\"x\",\"y\"],"
                + "\"cookies\":{\"s\":\"1\",\"t\":\"2\"},\"json\":\"t\",\"source\":\"fake\",\"eventHasFake\":true,"
                + "\"requestId\":true}", r.get("body").asText());
    }

    /** A body type for {@link #badBodiesAre400WithAMessageSayingWhat()}. */
    public record Todo(String title, int userId, boolean completed) {
    }

    @Test
    void badBodiesAre400WithAMessageSayingWhat() {
        Resolver.Builder b = builder();
        b.post("/json", r -> r.json());
        b.post("/todo", r -> r.body(Todo.class));
        b.post("/text", r -> r.body());
        Resolver app = b.build();
        assertEquals("{\"statusCode\":400,\"message\":\"Request body is not valid JSON (line 1, column 2)\"}",
                Fake.req("POST", "/json").body("{x").send(app).get("body").asText());
        assertEquals("{\"statusCode\":400,\"message\":\"Request body is empty; a JSON body is required\"}",
                Fake.req("POST", "/json").send(app).get("body").asText());
        assertEquals("{\"statusCode\":400,\"message\":\"Request body has an invalid value at 'userId'\"}",
                Fake.req("POST", "/todo").body("{\"title\":\"a\",\"userId\":\"x\"}").send(app).get("body").asText());
        assertEquals("{\"title\":\"a\",\"userId\":3,\"completed\":true}",
                Fake.req("POST", "/todo").body("{\"title\":\"a\",\"userId\":3,\"completed\":true,\"extra\":1}")
                        .send(app).get("body").asText());
        assertEquals("{\"statusCode\":400,\"message\":\"Request body is marked base64-encoded but is not valid base64\"}",
                Fake.req("POST", "/text").base64("Hello from Lambda!").send(app).get("body").asText());
        assertEquals("hi", Fake.req("POST", "/text").base64("aGk=").send(app).get("body").asText());
    }

    /** A type Jackson cannot create: abstract, with no mapping to a concrete type. */
    public abstract static class Unreadable {
    }

    @Test
    void aBodyTypeJacksonCannotBuildIsTheServersFaultNotTheClients() {
        var b = builder();
        b.post("/x", r -> r.body(Unreadable.class));
        JsonNode r = Fake.req("POST", "/x").body("{\"a\":1}").send(b.build());
        assertEquals(500, r.get("status").asInt());
        assertEquals("{\"statusCode\":500,\"message\":\"Internal Server Error\"}", r.get("body").asText());
    }

    @Test
    void aCustomSerializerReplacesTheDefault() {
        Resolver.Builder b = builder().serializer(o -> "<<" + o + ">>");
        b.get("/x", r -> List.of(1));
        assertEquals("<<[1]>>", Fake.req("GET", "/x").send(b.build()).get("body").asText());
        com.fasterxml.jackson.databind.ObjectMapper pretty = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        Resolver.Builder m = builder().objectMapper(pretty);
        m.get("/x", r -> Map.of("a", 1));
        assertTrue(Fake.req("GET", "/x").send(m.build()).get("body").asText().contains("\n"));
    }

    @Test
    void newObjectMapperKeepsPorticosSettingsForCustomization() {
        var mapper = Resolver.newObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        var b = builder().objectMapper(mapper);
        b.post("/when", r -> r.body(When.class));
        JsonNode r = Fake.req("POST", "/when").body("{\"at\":\"2024-01-02T03:04:05Z\",\"extra\":1}").send(b.build());
        assertEquals("{\n  \"at\" : \"2024-01-02T03:04:05Z\"\n}", r.get("body").asText());
    }

    /** A body with a java.time value. */
    public record When(java.time.Instant at) {
    }

    @Test
    void aMiddlewareReturningNullIsAnError() {
        Resolver.Builder b = builder().use((req, next) -> null);
        b.get("/x", r -> "x");
        assertEquals(500, Fake.req("GET", "/x").send(b.build()).get("status").asInt());
    }

    @Test
    void handSetSetCookieHeadersJoinTheCookies() {
        var b = builder();
        b.get("/c", r -> Response.status(200).header("set-cookie", "h=1").header("Set-Cookie", "h2=2")
                .cookie(Cookie.of("c", "3")).header("X-A", "a").build());
        JsonNode r = Fake.req("GET", "/c").send(b.build());
        assertEquals(Fake.parse("[\"h=1\",\"h2=2\",\"c=3; Secure\"]"), r.get("cookies"));
        assertEquals(Fake.parse("{\"X-A\":[\"a\"]}"), r.get("headers"));
    }

    @Test
    void anEmptyBodyIsNoBody() {
        var b = builder();
        b.post("/b", r -> String.valueOf(r.body()) + " " + r.bodyBytes().length);
        assertEquals("null 0", Fake.req("POST", "/b").body("").send(b.build()).get("body").asText());
    }

    @Test
    void headKeepsHeadersButDropsTheBody() {
        Resolver.Builder b = builder();
        b.get("/x", r -> Response.status(200).header("X-A", "1").body("text").build());
        JsonNode r = Fake.req("HEAD", "/x").send(b.build());
        assertEquals("", r.get("body").asText());
        assertEquals("1", r.get("headers").get("X-A").get(0).asText());
        assertFalse(r.get("base64").asBoolean());
    }
}
