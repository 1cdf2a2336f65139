package dev.portico.testing.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.core.Resolver;
import dev.portico.testing.EventBuilder;
import dev.portico.testing.EventFormat;
import dev.portico.testing.Events;
import dev.portico.testing.TestResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Headers as the events carry them, in every format: names differing only in case, repeated values,
 * the same JSON key twice, and very many headers and query parameters.
 */
class HeadersAndQueryTest {
    private static final Resolver APP = app();

    private static Resolver app() {
        var b = Resolver.builder().debug(false);
        b.any("/h", r -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("case", r.headers().all("x-CASE"));
            out.put("caseName", r.headers().names().stream().filter(n -> n.equalsIgnoreCase("x-case")).toList());
            out.put("rep", r.headers().all("X-Rep"));
            out.put("dup", r.headers().all("x-dup"));
            out.put("headers", r.headers().size());
            out.put("query", r.queryParams().size());
            out.put("q", r.queryParams().all("q"));
            out.put("Q", r.queryParams().all("Q"));
            return out;
        });
        return b.build();
    }

    /** Names are compared case-insensitively: the values of all spellings, in event order, under the first. */
    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void headerNamesDifferingInCaseAreOneHeader(EventFormat format) {
        Map<String, Object> event = MethodsAndContextTest.parse(Events.of(format).path("/h").build());
        putHeader(format, event, "X-Case", "1");
        putHeader(format, event, "x-case", "2");
        putHeader(format, event, "X-CASE", "3");
        JsonNode r = send(Apps.json(event));
        assertEquals(Apps.M.valueToTree(List.of("1", "2", "3")), r.get("case"));
        assertEquals(Apps.M.valueToTree(List.of("X-Case")), r.get("caseName"));
    }

    /**
     * Repeated values stay apart where the format keeps them apart (lists), and a value the service
     * joined with commas stays one value.
     */
    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void repeatedValues(EventFormat format) {
        Map<String, Object> event = MethodsAndContextTest.parse(Events.of(format).path("/h").build());
        boolean lists = putHeader(format, event, "x-rep", "a", "a", "b");
        JsonNode r = send(Apps.json(event));
        assertEquals(Apps.M.valueToTree(lists ? List.of("a", "a", "b") : List.of("a,a,b")), r.get("rep"));
    }

    /** The same key twice in one JSON object: the last one wins, as in any JSON reader. */
    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void aJsonKeyGivenTwiceKeepsTheLastValue(EventFormat format) {
        Map<String, Object> event = MethodsAndContextTest.parse(Events.of(format).path("/h").build());
        boolean lists = putHeader(format, event, "x-placeholder", "1");
        String one = lists ? "[\"1\"]" : "\"1\"";
        String json = Apps.json(event).replace("\"x-placeholder\":" + one,
                "\"x-dup\":" + one + ",\"x-dup\":" + (lists ? "[\"2\"]" : "\"2\""));
        assertEquals(Apps.M.valueToTree(List.of("2")), send(json).get("dup"));
    }

    /** 10,000 headers and 10,000 query parameters: all there, in bounded time. */
    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void tenThousandHeadersAndQueryParameters(EventFormat format) {
        EventBuilder<?> b = Events.of(format).path("/h");
        for (int i = 0; i < 10_000; i++) {
            b.header("X-N-" + i, "v" + i).query("p" + i, "v" + i);
        }
        b.query("q", "lower").query("Q", "upper");
        String event = b.build();
        long start = System.nanoTime();
        JsonNode r = send(event);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(r.get("headers").asInt() >= 10_000, r.toString());
        assertEquals(10_002, r.get("query").asInt());
        assertEquals(Apps.M.valueToTree(List.of("lower")), r.get("q"));
        assertEquals(Apps.M.valueToTree(List.of("upper")), r.get("Q"));
        assertTrue(millis < 5_000, format + " took " + millis + " ms");
    }

    private static JsonNode send(String event) {
        TestResponse r = TestResponse.of(APP.resolve(event, null));
        assertEquals(200, r.status(), r.raw());
        return r.json();
    }

    /**
     * Adds a header to the event's own header object(s), bypassing the builders (which would merge
     * the spellings first).
     *
     * @return whether the format carries lists of values (else values are joined with commas)
     */
    @SuppressWarnings("unchecked")
    private static boolean putHeader(EventFormat format, Map<String, Object> event, String name, String... values) {
        String joined = String.join(",", values);
        switch (format) {
            case REST -> {
                ((Map<String, Object>) event.computeIfAbsent("multiValueHeaders", k -> new LinkedHashMap<>()))
                        .put(name, new ArrayList<>(List.of(values)));
                ((Map<String, Object>) event.computeIfAbsent("headers", k -> new LinkedHashMap<>()))
                        .put(name, values[values.length - 1]);
                return true;
            }
            case ALB_MULTI_VALUE, VPC_LATTICE_V2 -> {
                String key = format == EventFormat.ALB_MULTI_VALUE ? "multiValueHeaders" : "headers";
                ((Map<String, Object>) event.computeIfAbsent(key, k -> new LinkedHashMap<>()))
                        .put(name, new ArrayList<>(List.of(values)));
                return true;
            }
            default -> {
                ((Map<String, Object>) event.computeIfAbsent("headers", k -> new LinkedHashMap<>())).put(name, joined);
                return false;
            }
        }
    }
}
