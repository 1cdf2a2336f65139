package dev.portico.testing.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.portico.testing.EventFormat;
import dev.portico.testing.Events;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Not random, exhaustive: every field, at every depth, of an event of each format (built with the kit,
 * every part filled in, and the sample events of the test resources) set in turn to {@code null} and
 * to each wrong JSON type, then sent to every application ({@link Apps}). Each must get a planned
 * answer ({@link Apps#answer}), and an event whose method, path and source-defining fields are intact
 * must still be routed: a field of the wrong type reads as absent.
 */
class NullsAndWrongTypesTest {
    /** What each field is replaced with: null, a number, a fraction, a boolean, empty and odd containers. */
    static final List<Object> REPLACEMENTS = Arrays.asList(null, 7, -1.5, true, "", List.of(),
            Arrays.asList("x", null, 1), Map.of(), Map.of("k", List.of(Map.of())));

    static Stream<Arguments> events() {
        List<Arguments> out = new ArrayList<>();
        for (EventFormat format : EventFormat.values()) {
            String event = Events.of(format).method("POST").path("/echo/a%20b").header("X-F-One", "1")
                    .header("x-f-one", "2").query("q", "x y").query("q", "z").cookie("c", "d").body("{\"k\":1}")
                    .build();
            out.add(Arguments.of(format.name(), parse(event)));
        }
        for (String name : Apps.SAMPLES) {
            out.add(Arguments.of(name, Apps.sample(name)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everyFieldNullOrOfTheWrongTypeGetsAPlannedAnswer(String name, Map<String, Object> event) {
        int routed = 0;
        int cases = 0;
        for (List<Object> path : Mutator.paths(event)) {
            for (Object replacement : REPLACEMENTS) {
                Object changed = Apps.copy(event);
                Mutator.set(changed, path, replacement);
                String json = Apps.json(changed);
                String where = name + " with " + path + " = " + Apps.json(replacement) + ": " + json;
                for (var app : Apps.ALL.entrySet()) {
                    int status = Apps.answer(app.getKey(), app.getValue(), json, where);
                    routed += status >= 200 && status < 300 ? 1 : 0;
                }
                cases++;
            }
        }
        assertTrue(cases >= REPLACEMENTS.size() * 8, name + ": " + cases);
        assertTrue(routed > cases / 2, name + ": most changes leave the event routable, only " + routed + " of " + cases);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void removingAnyFieldGetsAPlannedAnswer(String name, Map<String, Object> event) {
        for (List<Object> path : Mutator.paths(event)) {
            Object changed = Apps.copy(event);
            Object parent = Mutator.get(changed, path.subList(0, path.size() - 1));
            if (parent instanceof Map<?, ?> m) {
                m.remove(path.get(path.size() - 1));
            } else if (parent instanceof List<?> l) {
                l.remove((int) (Integer) path.get(path.size() - 1));
            }
            String json = Apps.json(changed);
            for (var app : Apps.ALL.entrySet()) {
                Apps.answer(app.getKey(), app.getValue(), json, name + " without " + path + ": " + json);
            }
        }
    }

    private static Map<String, Object> parse(String json) {
        try {
            return new LinkedHashMap<>(Apps.M.readValue(json, new TypeReference<Map<String, Object>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
