package dev.portico.testing.conformance;

import static dev.portico.testing.conformance.CrossSourceConformanceTest.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.NotFoundError;
import dev.portico.api.Response;
import dev.portico.api.Router;
import dev.portico.api.ServiceError;
import dev.portico.core.Resolver;
import dev.portico.testing.EventFormat;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The answers the pipeline shapes itself, checked as exact JSON in every event format: default
 * 404/405 answers seen by global middlewares, router prefixes, 204/304 without a body, the
 * {@code cacheControl} route option and RFC 9457 Problem Details.
 */
class PipelineConformanceTest {

    /** A correlation-id middleware: its code after {@code next.handle} decorates every answer it gets back. */
    static Resolver.Builder withCorrelationId(Resolver.Builder b) {
        b.use((request, next) -> {
            Response r = next.handle(request);
            return r.toBuilder().header("X-Correlation-Id", "c-1").build();
        });
        return b;
    }

    static final Resolver APP = app(false);

    static Resolver app(boolean debug) {
        var b = withCorrelationId(Resolver.builder().debug(debug));
        b.get("/json", r -> Map.of("ok", true));
        b.get("/conflict", r -> {
            throw new ServiceError(409, "Already exists");
        });
        b.get("/nocontent", r -> Response.status(204).build());
        b.get("/nocontent/typed", r -> Response.status(204).contentType("application/json").build());
        b.get("/nocontent/body", r -> Response.status(204).body(Map.of("oops", 1)).build());
        b.get("/notmodified", r -> Response.status(304).header("ETag", "\"v1\"").build());
        b.get("/cached", r -> "fresh").cacheControl("max-age=600");
        b.get("/cached/missing", r -> {
            throw new NotFoundError("No such item");
        }).cacheControl("max-age=600");
        b.get("/cached/own", r -> Response.status(200).header("Cache-Control", "private").body("mine").build())
                .cacheControl("max-age=600");
        b.get("/cached/created", r -> Response.status(201).body("made").build()).cacheControl("max-age=60");
        return b.build();
    }

    private static TestResponse send(Resolver app, EventFormat format, String method, String path) {
        return PorticoClient.of(app).format(format).request(method, path).send();
    }

    private static void assertWire(Answer expected, EventFormat format, TestResponse r) {
        assertEquals(expected.wire(format), tree(r.raw()), () -> format + ": " + r.raw());
    }

    // Item: the default 404 and 405 come back from next.handle() as responses.

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void globalMiddlewaresDecorateTheDefault404And405(EventFormat format) {
        assertWire(Answer.of(404, "Not Found").header("X-Correlation-Id", "c-1")
                .json("{\"statusCode\":404,\"message\":\"Not found\"}"), format, send(APP, format, "GET", "/nowhere"));
        assertWire(Answer.of(405, "Method Not Allowed").header("X-Correlation-Id", "c-1").header("Allow", "GET, HEAD")
                .json("{\"statusCode\":405,\"message\":\"Method not allowed\"}"), format, send(APP, format, "PUT", "/json"));
    }

    /** An exception a handler throws still propagates through the middlewares (their code after next.handle does not run). */
    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void handlerExceptionsStillPropagate(EventFormat format) {
        assertWire(Answer.of(409, "Conflict").json("{\"statusCode\":409,\"message\":\"Already exists\"}"), format,
                send(APP, format, "GET", "/conflict"));
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void aUsersNotFoundHandlerIsDecoratedToo(EventFormat format) {
        var b = withCorrelationId(Resolver.builder().debug(false));
        b.notFound(r -> Response.of(404, "text/plain", "nothing at " + r.path()));
        assertWire(Answer.of(404, "Not Found").header("X-Correlation-Id", "c-1").header("Content-Type", "text/plain")
                .body("nothing at /gone"), format, send(b.build(), format, "GET", "/gone"));
    }

    /** An exception handler for NotFoundError still answers the default 404, and the middleware sees its answer. */
    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void anExceptionHandlerForNotFoundErrorAnswersTheDefault404(EventFormat format) {
        var b = withCorrelationId(Resolver.builder().debug(false));
        b.exceptionHandler(NotFoundError.class, (e, r) -> Response.of(404, "text/plain", "custom"));
        assertWire(Answer.of(404, "Not Found").header("X-Correlation-Id", "c-1").header("Content-Type", "text/plain")
                .body("custom"), format, send(b.build(), format, "GET", "/gone"));
    }

    // Item: router prefixes join with exactly one '/'.

    static Stream<Arguments> prefixMatrix() {
        List<Arguments> out = new ArrayList<>();
        for (String prefix : List.of("/users/", "/users", "users", "//users//")) {
            for (String path : List.of("/{id}", "{id}", "<id>", "//{id}")) {
                out.add(Arguments.of(prefix, path));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "include(router, \"{0}\") with \"{1}\"")
    @MethodSource("prefixMatrix")
    void routerPrefixesJoinWithExactlyOneSlash(String prefix, String path) {
        Router router = new Router();
        router.get(path, r -> r.pathParam("id"));
        Resolver app = Resolver.builder().debug(false).include(router, prefix).build();
        String declared = app.routes().get(0).path();
        assertEquals("/users/" + path.replace("/", ""), declared);
        for (EventFormat format : EventFormat.values()) {
            assertWire(Answer.ok().text("leandro"), format, send(app, format, "GET", "/users/leandro"));
            assertWire(Answer.of(404, "Not Found").json("{\"statusCode\":404,\"message\":\"Not found\"}"), format,
                    send(app, format, "GET", "/usersleandro"));
        }
    }

    /** docs/routing.md: an included router's "/" route becomes the prefix itself, which "/todos/" also matches. */
    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void theRootRouteOfAnIncludedRouterIsThePrefix(EventFormat format) {
        Resolver.Builder b = Resolver.builder().debug(false);
        Router root = new Router();
        root.get("/", r -> "all todos");
        Resolver app = b.include(root, "/todos/").build();
        assertEquals("/todos", app.routes().get(0).path());
        assertWire(Answer.ok().text("all todos"), format, send(app, format, "GET", "/todos"));
        assertWire(Answer.ok().text("all todos"), format, send(app, format, "GET", "/todos/"));
        Router top = new Router();
        top.get("/", r -> "home");
        assertEquals("/", Resolver.builder().debug(false).include(top, "/").build().routes().get(0).path());
    }

    // Item: 204 and 304 carry no body and no Content-Type.

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void noContentAndNotModifiedHaveNoBody(EventFormat format) {
        Answer noContent = Answer.of(204, "No Content").header("X-Correlation-Id", "c-1").noBody();
        assertWire(noContent, format, send(APP, format, "GET", "/nocontent"));
        assertWire(noContent, format, send(APP, format, "GET", "/nocontent/typed"));
        assertWire(noContent, format, send(APP, format, "GET", "/nocontent/body"));
        assertWire(Answer.of(304, "Not Modified").header("ETag", "\"v1\"").header("X-Correlation-Id", "c-1").noBody(),
                format, send(APP, format, "GET", "/notmodified"));
    }

    /** In debug mode a body on a 204 is a bug that fails loudly: 500, naming the route. */
    @Test
    void aBodyOn204FailsInDebugModeNamingTheRoute() {
        TestResponse r = PorticoClient.of(app(true)).format(EventFormat.REST).get("/nocontent/body").send();
        assertEquals(500, r.status(), r.raw());
        assertTrue(r.body().contains("Route GET /nocontent/body returned a body with status 204, which has none"),
                r.body());
        assertEquals(204, PorticoClient.of(app(true)).format(EventFormat.REST).get("/nocontent").send().status());
    }

    // Item: cacheControl(String).

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void cacheControlOn2xxNoCacheOtherwiseTheHandlersWins(EventFormat format) {
        assertWire(Answer.ok().header("Cache-Control", "max-age=600").header("X-Correlation-Id", "c-1").text("fresh"),
                format, send(APP, format, "GET", "/cached"));
        assertWire(Answer.of(201, "Created").header("Cache-Control", "max-age=60").header("X-Correlation-Id", "c-1")
                .body("made"), format, send(APP, format, "GET", "/cached/created"));
        assertWire(Answer.of(404, "Not Found").header("Cache-Control", "no-cache")
                .json("{\"statusCode\":404,\"message\":\"No such item\"}"), format,
                send(APP, format, "GET", "/cached/missing"));
        assertWire(Answer.ok().header("Cache-Control", "private").header("X-Correlation-Id", "c-1").body("mine"),
                format, send(APP, format, "GET", "/cached/own"));
        assertWire(Answer.of(405, "Method Not Allowed").header("X-Correlation-Id", "c-1").header("Allow", "GET, HEAD")
                .json("{\"statusCode\":405,\"message\":\"Method not allowed\"}"), format,
                send(APP, format, "POST", "/cached"));
    }

    @Test
    void aCacheControlValueWithControlCharactersOrBlankIsRefused() {
        var b = Resolver.builder();
        var spec = b.get("/x", r -> "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> spec.cacheControl("max-age=1\r\nSet-Cookie: a=b"));
        assertEquals("Route GET /x: the cacheControl value has a control character at index 9; a header value "
                + "cannot carry one", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> spec.cacheControl(" "));
        assertThrows(IllegalArgumentException.class, () -> spec.cacheControl(null));
    }

    // Item: RFC 9457 Problem Details, opt-in.

    /** A ServiceError whose body lists problems, as feature-openapi's RequestValidationError does. */
    static final class Invalid extends ServiceError {
        private static final long serialVersionUID = 1L;

        Invalid() {
            super(422, "Request validation failed: 1 problem(s)");
        }

        @Override
        public Object body() {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("loc", List.of("query", "limit"));
            problem.put("type", "int_parsing");
            problem.put("msg", "Input should be a valid integer");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("statusCode", 422);
            body.put("detail", List.of(problem));
            return body;
        }
    }

    static final Resolver PROBLEMS = problems(false);

    static Resolver problems(boolean debug) {
        var b = Resolver.builder().debug(debug).problemDetails(true);
        b.get("/json", r -> Map.of("ok", true));
        b.get("/conflict", r -> {
            throw new ServiceError(409, "Already exists");
        });
        b.get("/invalid", r -> {
            throw new Invalid();
        });
        b.get("/boom", r -> {
            throw new IllegalStateException("db password=hunter2");
        });
        return b.build();
    }

    private static Answer problem(int status, String reason, String json) {
        return Answer.of(status, reason).header("Content-Type", "application/problem+json").body(json);
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void problemDetailsForEveryError(EventFormat format) {
        assertWire(problem(404, "Not Found", "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"Not found\",\"instance\":\"/nowhere\"}"), format, send(PROBLEMS, format, "GET", "/nowhere"));
        assertWire(problem(405, "Method Not Allowed", "{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\","
                + "\"status\":405,\"detail\":\"Method not allowed\",\"instance\":\"/json\"}").header("Allow", "GET, HEAD"),
                format, send(PROBLEMS, format, "DELETE", "/json"));
        assertWire(problem(409, "Conflict", "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
                + "\"detail\":\"Already exists\",\"instance\":\"/conflict\"}"), format,
                send(PROBLEMS, format, "GET", "/conflict"));
        assertWire(problem(422, "Unprocessable Entity", "{\"type\":\"about:blank\",\"title\":\"Unprocessable Entity\","
                + "\"status\":422,\"detail\":\"Request validation failed: 1 problem(s)\",\"instance\":\"/invalid\","
                + "\"errors\":[{\"loc\":[\"query\",\"limit\"],\"type\":\"int_parsing\","
                + "\"msg\":\"Input should be a valid integer\"}]}"), format, send(PROBLEMS, format, "GET", "/invalid"));
        assertWire(problem(500, "Internal Server Error", "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\","
                + "\"status\":500,\"detail\":\"Internal Server Error\",\"instance\":\"/boom\"}"), format,
                send(PROBLEMS, format, "GET", "/boom"));
    }

    /** The instance is the path the client sent: hostile characters arrive JSON-escaped, never raw. */
    @Test
    void problemInstanceOfAHostilePathIsEscaped() {
        String path = "/caf%C3%A9/%22%3Cscript%3E/" + "a".repeat(5000);
        TestResponse r = PorticoClient.of(PROBLEMS).format(EventFormat.HTTP_API).get(path).send();
        assertEquals(404, r.status());
        assertEquals(path, tree(r.body()).get("instance").asText(), r.body());
    }

    /** Only in debug mode does the 500 problem carry the exception and its stack trace. */
    @Test
    void debugProblemCarriesTheException() {
        TestResponse r = PorticoClient.of(problems(true)).format(EventFormat.REST).get("/boom").send();
        assertEquals(500, r.status());
        assertEquals("application/problem+json", r.header("Content-Type"));
        var body = tree(r.body());
        assertEquals("java.lang.IllegalStateException: db password=hunter2", body.get("detail").asText());
        assertTrue(body.get("stackTrace").asText().contains("PipelineConformanceTest"), r.body());
    }
}
