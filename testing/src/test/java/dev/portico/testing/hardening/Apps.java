package dev.portico.testing.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.Request;
import dev.portico.api.UnsupportedEventException;
import dev.portico.api.spi.EventSource;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The applications the hardening tests send bad input to: one that detects the event source of each
 * event, and one fixed to each source (what {@code XResolver.builder()} builds:
 * {@code Resolver.builder().source(new XSource())}; the resolver classes are not named here because
 * this module does not read the source modules on the module path). Their routes never throw, so any
 * 500 is Portico's own failure.
 */
final class Apps {
    static final ObjectMapper M = new ObjectMapper();
    /** The sample events of this module's test resources, one per format. */
    static final List<String> SAMPLES = List.of("rest.json", "http-api.json", "function-url.json", "alb.json",
            "alb-multi-value.json", "vpc-lattice.json", "vpc-lattice-v2.json");

    /** The auto-detecting application, with every source of the class path. */
    static final Resolver AUTO = withRoutes(Resolver.builder().debug(false));
    /** Label ({@code auto}, or a source id) to application. */
    static final Map<String, Resolver> ALL = all();

    /** The last response {@link #answer} checked, per thread. */
    private static final ThreadLocal<String> last = new ThreadLocal<>();

    private Apps() {
    }

    /** @return the response JSON of the last {@link #answer} of this thread that got one */
    static String lastResponse() {
        return last.get();
    }

    private static Map<String, Resolver> all() {
        Map<String, Resolver> apps = new LinkedHashMap<>();
        apps.put("auto", AUTO);
        for (EventSource s : AUTO.sources()) {
            apps.put(s.id(), withRoutes(Resolver.builder().debug(false).source(s)));
        }
        return apps;
    }

    /** Routes that read every part of the request and never throw on their own. */
    static Resolver withRoutes(Resolver.Builder b) {
        b.any("/", Apps::summary);
        b.any("/{a}", Apps::summary);
        b.any("/{a}/{b}", Apps::summary);
        b.any("/files/{rest+}", Apps::summary);
        b.get("/only-get", r -> "get");
        b.post("/json", r -> Map.of("size", r.json().size()));
        b.any("/echo/{a}", Apps::echo);
        b.any(".+", Apps::summary);
        return b.build();
    }

    /** Everything a handler can read from a request, the typed AWS event included. */
    static Map<String, Object> summary(Request r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", r.method());
        out.put("path", r.path());
        out.put("rawPath", r.rawPath());
        out.put("params", r.pathParams());
        out.put("headers", r.headers().asMap());
        out.put("query", r.queryParams().asMap());
        out.put("cookies", r.cookies());
        out.put("body", r.body());
        out.put("bytes", r.bodyBytes().length);
        out.put("requestId", r.requestId());
        out.put("ip", r.sourceIp());
        out.put("source", r.source());
        Object event = r.event();
        out.put("event", event == null ? null : event.getClass().getSimpleName() + ":" + event.toString().length());
        return out;
    }

    /**
     * What {@link RandomRequest} checks: the method, the path parameter, the {@code x-f-*} headers
     * (names lower-cased), the query, the cookies and the body, text and bytes.
     */
    static Map<String, Object> echo(Request r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", r.method());
        out.put("a", r.pathParam("a"));
        Map<String, Object> headers = new TreeMap<>();
        r.headers().asMap().forEach((name, values) -> {
            if (name.toLowerCase(Locale.ROOT).startsWith("x-f-")) {
                headers.put(name.toLowerCase(Locale.ROOT), values);
            }
        });
        out.put("headers", headers);
        out.put("query", new TreeMap<>(r.queryParams().asMap()));
        out.put("cookies", new TreeMap<>(r.cookies()));
        out.put("body", r.body());
        out.put("bytes", Base64.getEncoder().encodeToString(r.bodyBytes()));
        return out;
    }

    /** @return a sample event of this module's test resources, as maps and lists */
    static Map<String, Object> sample(String name) {
        try (InputStream in = Apps.class.getResourceAsStream("/events/" + name)) {
            return M.readValue(in, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(Object value) {
        try {
            return M.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A deep copy of maps and lists, for mutating. */
    @SuppressWarnings("unchecked")
    static Object copy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put((String) k, copy(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(copy(x)));
            return out;
        }
        return v;
    }

    /**
     * Sends an event and checks the outcome is a planned one: a response in a source's shape with a
     * valid status that is not 500 (the routes never throw) and not the catch-all answer for an
     * unexpected decoding failure, or {@link UnsupportedEventException} naming the sources tried.
     *
     * @param label the application's label in {@link #ALL}
     * @param app the application
     * @param event the event JSON
     * @param where the failure message prefix (how to replay the case)
     * @return the status, or 0 for {@code UnsupportedEventException}
     */
    static int answer(String label, Resolver app, String event, String where) {
        String out;
        try {
            out = app.resolve(event, null);
        } catch (UnsupportedEventException e) {
            List<String> ids = app.sources().stream().map(EventSource::id).toList();
            assertEquals(ids, e.triedSources(), where);
            assertTrue(e.getMessage().contains("(event sources tried: " + String.join(", ", ids) + ")"), where);
            return 0;
        } catch (Throwable t) {
            fail(where + " [" + label + "] threw " + t, t);
            return -1;
        }
        JsonNode tree;
        try {
            tree = M.readTree(out);
        } catch (IOException e) {
            fail(where + " [" + label + "] answered something other than JSON: " + out);
            return -1;
        }
        int status = tree.path("statusCode").asInt(-1);
        assertTrue(status >= 100 && status <= 599, where + " [" + label + "] status " + out);
        assertNotEquals(500, status, where + " [" + label + "] a route that never throws answered " + out);
        assertTrue(tree.path("body").isTextual() && tree.path("isBase64Encoded").isBoolean(),
                where + " [" + label + "] not a response: " + out);
        if (status == 400) {
            assertFalse(tree.path("body").asText().contains("event is malformed"),
                    where + " [" + label + "] an unexpected exception was caught while decoding: " + out);
        }
        last.set(out);
        return status;
    }
}
