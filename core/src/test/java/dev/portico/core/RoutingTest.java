package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.Handler;
import dev.portico.api.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RoutingTest {

    private static Resolver app(Consumer<Resolver.Builder> routes) {
        Resolver.Builder b = Resolver.builder().discover(false).register(new FakeSource()).debug(false);
        routes.accept(b);
        return b.build();
    }

    private static Handler says(String what) {
        return r -> what + " " + r.pathParams();
    }

    private static String body(Resolver app, String method, String path) {
        JsonNode r = Fake.req(method, path).send(app);
        return r.get("status").asInt() + " " + r.get("body").asText();
    }

    @Test
    void staticBeatsDynamicWhateverTheOrder() {
        Resolver app = app(b -> {
            b.get("/users/{id}", says("dynamic"));
            b.get("/users/me", says("static"));
            b.get("/users/{id}/posts/{post}", says("two-params"));
            b.get("/users/{id}/posts/latest", says("one-param"));
        });
        assertEquals("200 static {}", body(app, "GET", "/users/me"));
        assertEquals("200 dynamic {id=42}", body(app, "GET", "/users/42"));
        assertEquals("200 one-param {id=7}", body(app, "GET", "/users/7/posts/latest"));
        assertEquals("200 two-params {id=7, post=9}", body(app, "GET", "/users/7/posts/9"));
    }

    @Test
    void moreLiteralSegmentsWinThenEarlierLiterals() {
        Resolver app = app(b -> {
            b.get("/{a}/{b}/c", says("one-literal-late"));
            b.get("/{a}/b/c", says("two-literals"));
            b.get("/a/{b}/{c}", says("one-literal-early"));
        });
        assertEquals("200 two-literals {a=a}", body(app, "GET", "/a/b/c"));
        assertEquals("200 one-literal-early {b=x, c=c}", body(app, "GET", "/a/x/c"));
        assertEquals("200 one-literal-late {a=z, b=x}", body(app, "GET", "/z/x/c"));
    }

    @Test
    void dynamicBeatsGreedyAndRegexWhichGoInDeclarationOrder() {
        Resolver app = app(b -> {
            b.get(".+", says("catch-all"));
            b.get("/files/{path+}", says("greedy"));
            b.get("/files/{name}", says("param"));
        });
        assertEquals("200 param {name=a.txt}", body(app, "GET", "/files/a.txt"));
        assertEquals("200 catch-all {}", body(app, "GET", "/files/dir/a.txt"));
        Resolver greedyFirst = app(b -> {
            b.get("/files/{path+}", says("greedy"));
            b.get(".+", says("catch-all"));
        });
        assertEquals("200 greedy {path=dir/a.txt}", body(greedyFirst, "GET", "/files/dir/a.txt"));
        assertEquals("200 catch-all {}", body(greedyFirst, "GET", "/other"));
    }

    @Test
    void powertoolsAngleBracketsAndRegexRoutes() {
        Resolver app = app(b -> {
            b.get("/todos/<todo_id>", says("angle"));
            b.get("/reports/<year>/.+", says("regex-with-param"));
            b.get("/v[0-9]+/status", says("regex"));
        });
        assertEquals("200 angle {todo_id=1}", body(app, "GET", "/todos/1"));
        assertEquals("200 regex-with-param {year=2024}", body(app, "GET", "/reports/2024/q1/summary"));
        assertEquals("200 regex {}", body(app, "GET", "/v12/status"));
        assertEquals(404, Fake.req("GET", "/v12/status/more").send(app).get("status").asInt());
        assertEquals(404, Fake.req("GET", "/x/v12/status").send(app).get("status").asInt());
    }

    @Test
    void trailingSlashMatchesAndParamsAreDecodedOnce() {
        Resolver app = app(b -> {
            b.get("/todos", says("list"));
            b.get("/files/{name}", says("file"));
            b.get("/", says("root"));
        });
        assertEquals("200 list {}", body(app, "GET", "/todos/"));
        assertEquals("200 root {}", body(app, "GET", "/"));
        assertEquals("200 file {name=a/b c%20}", body(app, "GET", "/files/a%2Fb%20c%2520"));
        JsonNode bad = Fake.req("GET", "/files/%zz").send(app);
        assertEquals(400, bad.get("status").asInt());
        assertEquals("{\"statusCode\":400,\"message\":\"Malformed percent-encoding in path: '%' at index 0 is not "
                + "followed by two hex digits\"}", bad.get("body").asText());
    }

    @Test
    void unknownPathIs404AndOtherMethodIs405WithAllow() {
        Resolver app = app(b -> {
            b.get("/todos", says("list"));
            b.post("/todos", says("create"));
            b.route(List.of("PUT", "patch"), "/todos/{id}", says("update"));
        });
        JsonNode nf = Fake.req("GET", "/nothing").send(app);
        assertEquals(404, nf.get("status").asInt());
        assertEquals("{\"statusCode\":404,\"message\":\"Not found\"}", nf.get("body").asText());
        assertEquals("application/json", nf.get("headers").get("Content-Type").get(0).asText());
        JsonNode na = Fake.req("DELETE", "/todos").send(app);
        assertEquals(405, na.get("status").asInt());
        assertEquals("GET, HEAD, POST", na.get("headers").get("Allow").get(0).asText());
        assertEquals("{\"statusCode\":405,\"message\":\"Method not allowed\"}", na.get("body").asText());
        assertEquals("PATCH, PUT", Fake.req("GET", "/todos/1").send(app).get("headers").get("Allow").get(0).asText());
        assertEquals("200 update {id=1}", body(app, "PATCH", "/todos/1"));
    }

    @Test
    void aRouteForTheMethodWinsOverABetterRankedOneWithout() {
        Resolver app = app(b -> {
            b.get("/users/me", says("me"));
            b.post("/users/{id}", says("post"));
        });
        assertEquals("200 post {id=me}", body(app, "POST", "/users/me"));
    }

    @Test
    void anyMethodAndHeadFallsBackToGetWithoutBody() {
        Resolver app = app(b -> {
            b.any("/echo", r -> r.method());
            b.get("/doc", r -> Map.of("a", 1));
        });
        assertEquals("200 TRACE", body(app, "TRACE", "/echo"));
        JsonNode head = Fake.req("HEAD", "/doc").send(app);
        assertEquals(200, head.get("status").asInt());
        assertEquals("", head.get("body").asText());
        assertEquals("application/json", head.get("headers").get("Content-Type").get(0).asText());
    }

    @Test
    void customNotFoundAndMethodNotAllowed() {
        Resolver app = app(b -> {
            b.get("/a", says("a"));
            b.notFound(r -> Response.of(418, "text/plain", "no " + r.path()));
            b.methodNotAllowed(r -> Response.status(405).body("nope").build());
        });
        assertEquals("418 no /b", body(app, "GET", "/b"));
        JsonNode na = Fake.req("POST", "/a").send(app);
        assertEquals("nope", na.get("body").asText());
        assertEquals("GET, HEAD", na.get("headers").get("Allow").get(0).asText());
    }

    @Test
    void duplicateRoutesFailAtBuildSayingWhichClash() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> app(b -> {
            b.get("/users/{id}", says("a"));
            b.route(List.of("POST", "GET"), "/users/<userId>/", says("b"));
        }));
        assertEquals("Duplicate route: GET /users/<userId>/ clashes with GET /users/{id}, declared earlier; both "
                + "match the same paths. Remove one of them or give them different methods.", e.getMessage());
    }

    @Test
    void badTemplatesFailAtBuildSayingHowToFixThem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> app(b -> b.get("/users/:id", says("a"))))
                .getMessage().contains("write {id} or <id>"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> app(b -> b.get("/a/{rest+}/b", says("a"))))
                .getMessage().contains("must be the last segment"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> app(b -> b.get("/files/*", says("a"))))
                .getMessage().contains("{name+}"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> app(b -> b.get("/a/{x}/{x}", says("a"))))
                .getMessage().contains("twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> app(b -> b.get("/a/(unclosed", says("a"))))
                .getMessage().contains("neither a path template"));
    }

    @Test
    void aRoutesBlockDeclaresInOneExpression() {
        Resolver app = Resolver.builder().discover(false).register(new FakeSource())
                .routes(r -> {
                    r.get("/a", says("a"));
                    r.post("/b", says("b")).cors(false);
                })
                .build();
        assertEquals("200 a {}", body(app, "GET", "/a"));
        assertEquals("200 b {}", body(app, "POST", "/b"));
        assertEquals(Boolean.FALSE, app.routes().get(1).option(dev.portico.api.RouteOption.CORS));
    }

    @Test
    void changingARouteAfterBuildChangesNothing() {
        var b = Resolver.builder().discover(false).register(new FakeSource());
        dev.portico.api.RouteSpec spec = b.get("/a", says("a"));
        Resolver app = b.build();
        spec.cors(false).middleware((req, next) -> Response.status(418).build());
        assertEquals("200 a {}", body(app, "GET", "/a"));
        assertEquals(Boolean.TRUE, app.routes().get(0).option(dev.portico.api.RouteOption.CORS));
    }

    @Test
    void prefixesAreStripped() {
        Resolver.Builder b = Resolver.builder().discover(false).register(new FakeSource())
                .stripPrefixes("/payment", "/v2/").stripPrefixes(java.util.regex.Pattern.compile("/(dev|prod)"));
        b.get("/subscriptions/{id}", r -> r.pathParam("id") + " " + r.path() + " " + r.rawPath());
        b.get("/", r -> "root");
        Resolver built = b.build();
        assertEquals("200 123 /subscriptions/123 /payment/subscriptions/123",
                body(built, "GET", "/payment/subscriptions/123"));
        assertEquals("200 root", body(built, "GET", "/payment"));
        assertEquals("200 root", body(built, "GET", "/payment/"));
        assertEquals("200 9 /subscriptions/9 /prod/subscriptions/9", body(built, "GET", "/prod/subscriptions/9"));
        assertEquals("200 1 /subscriptions/1 /v2/subscriptions/1", body(built, "GET", "/v2/subscriptions/1"));
        assertEquals(404, Fake.req("GET", "/paymentx/subscriptions/1").send(built).get("status").asInt());
    }
}
