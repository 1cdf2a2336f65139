package dev.portico.feature.cors;

import static dev.portico.feature.cors.TestSource.get;
import static dev.portico.feature.cors.TestSource.headers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.portico.api.ForbiddenError;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CORS headers on ordinary responses, asserted header by header. */
class CorsHeadersTest {
    static final String WWW = "https://www.example.com";
    static final String DEV = "https://dev.example.com";
    static final String DEFAULT_HEADERS = "Authorization,Content-Type,X-Amz-Date,X-Amz-Security-Token,X-Api-Key";

    static Resolver.Builder builder() {
        return Resolver.builder().discover(false).debug(false).register(new TestSource()).register(new CorsFeature());
    }

    static Resolver todos(CorsConfig config) {
        Resolver.Builder b = builder().configure(config);
        b.get("/todos", r -> Map.of("todos", List.of()));
        b.get("/healthcheck", r -> "ok").cors(false);
        b.get("/boom", r -> {
            throw new IllegalStateException("boom");
        });
        b.get("/forbidden", r -> {
            throw new ForbiddenError("no");
        });
        b.get("/vary", r -> Response.builder().header("Vary", "Accept-Language").body("v").build());
        b.get("/own", r -> Response.builder().header("Access-Control-Allow-Origin", "https://own.example").build());
        return b.build();
    }

    static final CorsConfig SPEC = CorsConfig.builder().allowOrigin(WWW).extraOrigins(DEV).maxAge(300).build();

    @Test
    void allowedOriginGetsEveryHeaderOnce() {
        var a = get("/todos").origin(WWW).send(todos(SPEC));
        assertEquals(200, a.status());
        assertEquals(headers("Access-Control-Allow-Origin", WWW, "Access-Control-Allow-Headers", DEFAULT_HEADERS,
                "Access-Control-Max-Age", "300", "Vary", "Origin", "Content-Type", "application/json"), a.headers());
    }

    @Test
    void extraOriginIsEchoedAlone() {
        var a = get("/todos").origin(DEV).send(todos(SPEC));
        assertEquals(DEV, a.header("Access-Control-Allow-Origin"));
    }

    @Test
    void unknownOrMissingOriginGetsNoCorsHeaders() {
        Resolver app = todos(SPEC);
        assertEquals(headers("Content-Type", "application/json"),
                get("/todos").origin("https://evil.example.com").send(app).headers());
        assertEquals(headers("Content-Type", "application/json"), get("/todos").send(app).headers());
        assertEquals(headers("Content-Type", "application/json"), get("/todos").origin("").send(app).headers());
        // Origins compare exactly: another scheme or a trailing slash is another origin.
        assertNull(get("/todos").origin("http://www.example.com").send(app).header("Access-Control-Allow-Origin"));
        assertNull(get("/todos").origin(WWW + "/").send(app).header("Access-Control-Allow-Origin"));
    }

    @Test
    void wildcardEchoesTheRequestOrigin() {
        var a = get("/todos").origin("https://anyone.example").send(todos(CorsConfig.defaults()));
        assertEquals(headers("Access-Control-Allow-Origin", "https://anyone.example",
                "Access-Control-Allow-Headers", DEFAULT_HEADERS, "Vary", "Origin",
                "Content-Type", "application/json"), a.headers());
    }

    @Test
    void exposedHeadersCredentialsAndExtraAllowedHeaders() {
        CorsConfig c = CorsConfig.builder().allowOrigin(WWW).allowHeaders("X-Custom", "authorization")
                .exposeHeaders("X-Request-Id", "X-Trace").allowCredentials(true).build();
        var a = get("/todos").origin(WWW).send(todos(c));
        assertEquals(headers("Access-Control-Allow-Origin", WWW,
                "Access-Control-Allow-Headers", DEFAULT_HEADERS + ",X-Custom",
                "Access-Control-Expose-Headers", "X-Request-Id,X-Trace",
                "Access-Control-Allow-Credentials", "true", "Vary", "Origin",
                "Content-Type", "application/json"), a.headers());
    }

    @Test
    void errorsAndUnmatchedRequestsGetHeadersToo() {
        Resolver app = todos(SPEC);
        var notFound = get("/nowhere").origin(WWW).send(app);
        assertEquals(404, notFound.status());
        assertEquals(WWW, notFound.header("Access-Control-Allow-Origin"));
        var notAllowed = new TestSource.Call("DELETE", "/todos").origin(WWW).send(app);
        assertEquals(405, notAllowed.status());
        assertEquals(WWW, notAllowed.header("Access-Control-Allow-Origin"));
        var forbidden = get("/forbidden").origin(WWW).send(app);
        assertEquals(403, forbidden.status());
        assertEquals(WWW, forbidden.header("Access-Control-Allow-Origin"));
        var boom = get("/boom").origin(WWW).send(app);
        assertEquals(500, boom.status());
        assertEquals(WWW, boom.header("Access-Control-Allow-Origin"));
        assertEquals("300", boom.header("Access-Control-Max-Age"));
    }

    @Test
    void routeThatOptedOutGetsNothing() {
        var a = get("/healthcheck").origin(WWW).send(todos(SPEC));
        assertEquals(headers("Content-Type", "text/plain; charset=utf-8"), a.headers());
    }

    @Test
    void varyIsExtendedNotReplaced() {
        var a = get("/vary").origin(WWW).send(todos(SPEC));
        assertEquals("Accept-Language, Origin", a.header("Vary"));
    }

    @Test
    void aHandlerAnsweringCorsItselfIsLeftAlone() {
        var a = get("/own").origin(WWW).send(todos(SPEC));
        assertEquals(headers("Access-Control-Allow-Origin", "https://own.example"), a.headers());
    }

    @Test
    void debugModeAllowsAnyOriginWithoutConfiguration() {
        Resolver.Builder b = builder().debug(true);
        b.get("/todos", r -> "t");
        var a = get("/todos").origin("http://localhost:3000").send(b.build());
        assertEquals(headers("Access-Control-Allow-Origin", "http://localhost:3000",
                "Access-Control-Allow-Headers", DEFAULT_HEADERS, "Vary", "Origin",
                "Content-Type", "text/plain; charset=utf-8"), a.headers());
    }

    @Test
    void debugModeRelaxesConfiguredOrigins() {
        Resolver.Builder b = builder().debug(true).configure(SPEC);
        b.get("/todos", r -> "t");
        var a = get("/todos").origin("http://localhost:3000").send(b.build());
        assertEquals("http://localhost:3000", a.header("Access-Control-Allow-Origin"));
        assertEquals("300", a.header("Access-Control-Max-Age"));
    }

    @Test
    void withoutConfigurationNothingIsAdded() {
        Resolver.Builder b = builder();
        b.get("/todos", r -> "t");
        Resolver app = b.build();
        assertEquals(1, app.routes().size());
        assertEquals(headers("Content-Type", "text/plain; charset=utf-8"),
                get("/todos").origin(WWW).send(app).headers());
        assertEquals(405, TestSource.options("/todos").origin(WWW).send(app).status());
    }

    @Test
    void anOriginThatCannotBeEchoedIsNotAllowed() {
        var a = get("/todos").origin("https://a.example\r\nX-Evil: 1").send(todos(CorsConfig.defaults()));
        assertEquals(200, a.status());
        assertNull(a.header("Access-Control-Allow-Origin"));
    }
}
