package dev.portico.testing.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.portico.api.Cookie;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import dev.portico.testing.EventFormat;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Response splitting, end to end: a CR or LF in a header name, a header value, the content type or a
 * cookie part, set by a handler, a middleware or an exception handler, or echoed from a request header,
 * is refused when the response is built. The {@code IllegalArgumentException} becomes a plain 500 with
 * none of the handler's headers or cookies, in every format.
 */
class ResponseSplittingTest {
    private static final String EVIL = "a\r\nSet-Cookie: evil=1";
    private static final List<String> PATHS = List.of("/value", "/name", "/set", "/type", "/cookie-value",
            "/cookie-path", "/cookie-domain", "/middleware", "/exception-handler", "/echo", "/lf");
    private static final Resolver APP = app();

    /** Thrown by {@code /exception-handler}, whose handler answers with a bad header. */
    static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static Resolver app() {
        var b = Resolver.builder().debug(false);
        b.get("/value", r -> Response.builder().header("X-Ok", "ok").header("X-Evil", EVIL).body("x").build());
        b.get("/name", r -> Response.builder().header("X-Evil\r\nX-Injected", "v").body("x").build());
        b.get("/set", r -> Response.builder().setHeader("Location", "/next\r\n\r\n<html>").body("x").build());
        b.get("/type", r -> Response.builder().contentType("text/html\nX-Injected: 1").body("x").build());
        b.get("/cookie-value", r -> Response.builder().cookie(Cookie.of("session", EVIL)).build());
        b.get("/cookie-path", r -> Response.builder().cookie(Cookie.of("session", "1").withPath("/\r\nX: 1")).build());
        b.get("/cookie-domain", r -> Response.builder()
                .cookie(Cookie.of("session", "1").withDomain("example.com\nX: 1")).build());
        b.get("/middleware", r -> Response.builder().header("X-Ok", "ok").body("x").build())
                .middleware((request, next) -> next.handle(request).toBuilder().header("X-Mw", "1\n2").build());
        b.get("/exception-handler", r -> {
            throw new Boom();
        });
        b.exceptionHandler(Boom.class, (e, r) -> Response.status(418).header("X-Handler", "1\r\n2").build());
        b.get("/echo", r -> Response.builder().header("X-Echo", r.header("X-In")).body("x").build());
        b.get("/lf", r -> Response.builder().header("X-Evil", "a\nb").build());
        return b.build();
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void crOrLfInAnyHeaderPartIsA500WithoutTheHeader(EventFormat format) {
        PorticoClient client = PorticoClient.of(APP).format(format);
        for (String path : PATHS) {
            TestResponse r = client.get(path).header("X-In", EVIL).send();
            assertEquals(500, r.status(), path + " " + r.raw());
            assertEquals(Apps.M.valueToTree(Map.of("statusCode", 500, "message", "Internal Server Error")), r.json(),
                    path);
            assertEquals(List.of("Content-Type"), List.copyOf(r.headers().names()), path + " " + r.raw());
            assertEquals(List.of(), r.cookies(), path);
            assertFalse(r.raw().contains("evil") || r.raw().contains("Injected") || r.raw().contains("X-Ok"), r.raw());
        }
    }
}
