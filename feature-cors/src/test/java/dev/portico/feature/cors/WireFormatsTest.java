package dev.portico.feature.cors;

import static dev.portico.testing.WireHeaders.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.core.Resolver;
import dev.portico.testing.EventFormat;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import dev.portico.testing.WireHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same CORS scenarios through every event format, with the sources and the feature discovered
 * by ServiceLoader, comparing the header object each source writes.
 */
class WireFormatsTest {
    static final String WWW = "https://www.example.com";
    static final String ALLOW_HEADERS = "Authorization,Content-Type,X-Amz-Date,X-Amz-Security-Token,X-Api-Key";
    static final Resolver APP = app();

    static Resolver app() {
        Resolver.Builder b = Resolver.builder().debug(false)
                .configure(CorsConfig.builder().allowOrigin(WWW).maxAge(300).build());
        b.get("/todos", r -> Map.of("todos", List.of()));
        b.post("/todos", r -> "created");
        b.get("/healthcheck", r -> "ok").cors(false);
        return b.build();
    }

    static PorticoClient client(EventFormat format) {
        return PorticoClient.of(APP).format(format);
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void allowedOriginGetsTheHeaders(EventFormat format) {
        TestResponse r = client(format).get("/todos").header("Origin", WWW).send();
        assertEquals(200, r.status());
        assertEquals(expected(format, "Access-Control-Allow-Origin", WWW, "Access-Control-Allow-Headers", ALLOW_HEADERS,
                "Access-Control-Max-Age", "300", "Vary", "Origin", "Content-Type", "application/json"),
                WireHeaders.headers(format, r));
        assertEquals("{\"todos\":[]}", r.body());
        assertFalse(r.isBase64Encoded());
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void otherOriginsAndOptedOutRoutesGetNone(EventFormat format) {
        TestResponse other = client(format).get("/todos").header("Origin", "https://evil.example.com").send();
        assertEquals(expected(format, "Content-Type", "application/json"), WireHeaders.headers(format, other));
        TestResponse none = client(format).get("/todos").send();
        assertEquals(expected(format, "Content-Type", "application/json"), WireHeaders.headers(format, none));
        TestResponse health = client(format).get("/healthcheck").header("Origin", WWW).send();
        assertEquals(expected(format, "Content-Type", "text/plain; charset=utf-8"), WireHeaders.headers(format, health));
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void preflightIsAnswered(EventFormat format) {
        TestResponse r = client(format).options("/todos").header("Origin", WWW)
                .header("Access-Control-Request-Method", "POST").send();
        assertEquals(204, r.status());
        assertEquals(expected(format, "Access-Control-Allow-Methods", "GET,OPTIONS,POST",
                "Access-Control-Allow-Origin", WWW, "Access-Control-Allow-Headers", ALLOW_HEADERS,
                "Access-Control-Max-Age", "300", "Vary", "Origin"), WireHeaders.headers(format, r));
        assertEquals("", r.body());
        assertTrue(r.raw().contains("\"body\":null"), "a 204 writes \"body\":null: " + r.raw());
    }

    /** Fetch standard: no Access-Control-Request-Method, no pre-flight: 405 with Allow and the normal CORS headers. */
    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void optionsWithoutRequestMethodIsRoutedAsUsual(EventFormat format) {
        TestResponse r = client(format).options("/todos").header("Origin", WWW).send();
        assertEquals(405, r.status());
        assertEquals(expected(format, "Allow", "GET, HEAD, POST", "Access-Control-Allow-Origin", WWW,
                "Access-Control-Allow-Headers", ALLOW_HEADERS, "Access-Control-Max-Age", "300", "Vary", "Origin",
                "Content-Type", "application/json"), WireHeaders.headers(format, r));
        assertEquals("{\"statusCode\":405,\"message\":\"Method not allowed\"}", r.body());
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void notFoundCarriesTheHeaders(EventFormat format) {
        TestResponse r = client(format).get("/nowhere").header("Origin", WWW).send();
        assertEquals(404, r.status());
        assertEquals(expected(format, "Access-Control-Allow-Origin", WWW, "Access-Control-Allow-Headers", ALLOW_HEADERS,
                "Access-Control-Max-Age", "300", "Vary", "Origin", "Content-Type", "application/json"),
                WireHeaders.headers(format, r));
        assertEquals("{\"statusCode\":404,\"message\":\"Not found\"}", r.body());
    }
}
