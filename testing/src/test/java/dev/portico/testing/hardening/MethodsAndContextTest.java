package dev.portico.testing.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.portico.api.UnsupportedEventException;
import dev.portico.core.Resolver;
import dev.portico.testing.EventFormat;
import dev.portico.testing.Events;
import dev.portico.testing.TestResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Methods no route knows, methods that are not HTTP tokens, and events without their request
 * context, in every format, through the auto-detecting application and the one fixed to the format's
 * source.
 */
class MethodsAndContextTest {

    private static Resolver app(Resolver.Builder b) {
        b.get("/items", r -> "items");
        b.any("/any", r -> r.method());
        b.get("/source", r -> r.source() + " " + (r.requestId() != null));
        return b.build();
    }

    private static final Resolver AUTO = app(Resolver.builder().debug(false));

    private static Resolver fixed(EventFormat format) {
        String id = RandomRequest.SOURCE.get(format);
        return app(Resolver.builder().debug(false)
                .source(AUTO.sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow()));
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void aValidMethodNoRouteHasIs405Or404AndAnyRoutesAnswer(EventFormat format) {
        for (Resolver app : List.of(AUTO, fixed(format))) {
            TestResponse r = send(app, event(format, "FOO", "/items"));
            assertEquals(405, r.status());
            assertEquals("GET, HEAD", r.header("Allow"));
            assertEquals(Apps.M.valueToTree(Map.of("statusCode", 405, "message", "Method not allowed")), r.json());
            assertEquals(404, send(app, event(format, "M-SEARCH", "/nowhere")).status());
            assertEquals("FOO", send(app, event(format, "foo", "/any")).body());
        }
    }

    /**
     * A number where the method belongs: REST and VPC Lattice events are recognized only with a
     * string method, so the event is not theirs; the other formats read the number as text.
     */
    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void aNumberForAMethod(EventFormat format) {
        String event = event(format, 7, "/any");
        for (Resolver app : List.of(AUTO, fixed(format))) {
            switch (format) {
                case REST, VPC_LATTICE, VPC_LATTICE_V2 ->
                        assertThrows(UnsupportedEventException.class, () -> app.resolve(event, null));
                default -> assertEquals("7", send(app, event).body());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void aMethodThatIsNotAnHttpTokenIs400(EventFormat format) {
        String[] messages = switch (format) {
            case REST -> new String[] {"The API Gateway event has no httpMethod",
                "The API Gateway event's httpMethod is not a valid HTTP method"};
            case HTTP_API, FUNCTION_URL -> new String[] {"The event has no requestContext.http.method",
                "The event's requestContext.http.method is not a valid HTTP method"};
            case ALB, ALB_MULTI_VALUE -> new String[] {"The ALB event has no httpMethod",
                "The ALB event's httpMethod is not a valid HTTP method"};
            case VPC_LATTICE, VPC_LATTICE_V2 -> new String[] {"The VPC Lattice event has no method",
                "The VPC Lattice event's method is not a valid HTTP method"};
        };
        for (Resolver app : List.of(AUTO, fixed(format))) {
            assertBadRequest(messages[0], send(app, event(format, "", "/any")));
            for (String bad : List.of("G E T", "GET\r\n", "GÉT", "(GET)", "G\u0000T", " ")) {
                assertBadRequest(messages[1], send(app, event(format, bad, "/any")));
            }
        }
    }

    private static void assertBadRequest(String message, TestResponse r) {
        assertEquals(400, r.status(), r.raw());
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals(Apps.M.valueToTree(Map.of("statusCode", 400, "message", message)), r.json());
    }

    /**
     * Without {@code requestContext}: REST and VPC Lattice v2 events are still answered (the request
     * id falls back to the Lambda one); HTTP API and Function URL events are not HTTP events any more
     * (their method lives there); an ALB event becomes a REST event to auto-detection (only
     * {@code requestContext.elb} told them apart) and is refused by an application fixed to ALB.
     */
    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void eventsWithoutTheirRequestContext(EventFormat format) {
        Map<String, Object> event = parse(Events.of(format).path("/source").build());
        event.remove("requestContext");
        String json = Apps.json(event);
        switch (format) {
            case REST, VPC_LATTICE, VPC_LATTICE_V2 -> {
                String answer = RandomRequest.SOURCE.get(format) + " true";
                assertEquals(answer, TestResponse.of(AUTO.resolve(json, null)).body());
                assertEquals(answer, TestResponse.of(fixed(format).resolve(json, null)).body());
            }
            case HTTP_API, FUNCTION_URL -> {
                assertThrows(UnsupportedEventException.class, () -> AUTO.resolve(json, null));
                assertThrows(UnsupportedEventException.class, () -> fixed(format).resolve(json, null));
            }
            case ALB, ALB_MULTI_VALUE -> {
                assertEquals("apigw-rest true", TestResponse.of(AUTO.resolve(json, null)).body());
                assertThrows(UnsupportedEventException.class, () -> fixed(format).resolve(json, null));
            }
        }
    }

    /** @return an event of the format whose method field holds {@code method} (any JSON value) */
    @SuppressWarnings("unchecked")
    static String event(EventFormat format, Object method, String path) {
        Map<String, Object> e = parse(Events.of(format).path(path).build());
        switch (format) {
            case REST, ALB, ALB_MULTI_VALUE -> e.put("httpMethod", method);
            case HTTP_API, FUNCTION_URL ->
                    ((Map<String, Object>) ((Map<String, Object>) e.get("requestContext")).get("http")).put("method", method);
            case VPC_LATTICE, VPC_LATTICE_V2 -> e.put("method", method);
        }
        return Apps.json(e);
    }

    private static TestResponse send(Resolver app, String event) {
        return TestResponse.of(app.resolve(event, null));
    }

    static Map<String, Object> parse(String json) {
        try {
            return Apps.M.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
