package dev.portico.testing.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.core.Resolver;
import dev.portico.testing.TestResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Property-based tests over whole events (see {@link Fuzz} for the case counts and seeds): random valid
 * requests in every format, the same requests and the sample events mutated at random, requests broken
 * in the ways a malformed event is, and random JSON documents. Each goes to the auto-detecting
 * application and to the application fixed to each source ({@link Apps}); every outcome must be a
 * planned one ({@link Apps#answer}).
 */
class EventFuzzTest {

    /** Valid events are answered by their own source only, and the handler sees exactly what was sent. */
    @Test
    void validEventsReachTheHandlerIntact() {
        int cases = Fuzz.cases(2000);
        for (int i = 0; i < cases; i++) {
            RandomRequest request = RandomRequest.next(Fuzz.gen("valid", i));
            String event = request.event();
            String where = Fuzz.where("valid", i, event);
            JsonNode expected = Apps.M.valueToTree(request.expected());
            String owner = RandomRequest.SOURCE.get(request.format());
            for (var app : Apps.ALL.entrySet()) {
                boolean answers = app.getKey().equals("auto") || app.getKey().equals(owner);
                int status = Apps.answer(app.getKey(), app.getValue(), event, where);
                assertEquals(answers ? 200 : 0, status, where + " [" + app.getKey() + "]");
                if (answers) {
                    assertEquals(expected, TestResponse.of(Apps.lastResponse()).json(),
                            where + " [" + app.getKey() + "]");
                }
            }
        }
    }

    /** Random mutations of valid events and of the sample events: never an unplanned outcome. */
    @Test
    void mutatedEventsGetPlannedAnswers() {
        List<Map<String, Object>> samples = new ArrayList<>();
        for (String name : Apps.SAMPLES) {
            samples.add(Apps.sample(name));
        }
        int cases = Fuzz.cases(3000);
        for (int i = 0; i < cases; i++) {
            Gen g = Fuzz.gen("mutated", i);
            Object base = g.chance(50) ? g.pick(samples) : parse(RandomRequest.next(g).event());
            String event = Apps.json(new Mutator(g).mutate(base));
            String where = Fuzz.where("mutated", i, event);
            for (var app : Apps.ALL.entrySet()) {
                Apps.answer(app.getKey(), app.getValue(), event, where);
            }
        }
    }

    /**
     * An invalid method, malformed percent-encoding in the path, or a body flagged base64 that is not:
     * 400 from the event's own source (and from auto-detection), {@code UnsupportedEventException} from
     * the others.
     */
    @Test
    void brokenEventsAreAnswered400ByTheirSource() {
        int cases = Fuzz.cases(2000);
        for (int i = 0; i < cases; i++) {
            Gen g = Fuzz.gen("broken", i);
            RandomRequest request = RandomRequest.next(g);
            String event = Apps.json(new Mutator(g).breakIt(parse(request.event())));
            String where = Fuzz.where("broken", i, event);
            String owner = RandomRequest.SOURCE.get(request.format());
            for (var app : Apps.ALL.entrySet()) {
                boolean answers = app.getKey().equals("auto") || app.getKey().equals(owner);
                assertEquals(answers ? 400 : 0, Apps.answer(app.getKey(), app.getValue(), event, where),
                        where + " [" + app.getKey() + "]");
            }
        }
    }

    /**
     * Random JSON documents, objects made of the formats' keys among them, and damaged JSON text:
     * a response, or {@code UnsupportedEventException} (always, for anything that is not an object).
     */
    @Test
    void randomDocumentsGetPlannedAnswers() {
        int cases = Fuzz.cases(2000);
        List<String> keys = new ArrayList<>(Mutator.KEYS);
        for (int i = 0; i < cases; i++) {
            Gen g = Fuzz.gen("documents", i);
            String event;
            boolean object = true;
            switch (g.n(3)) {
                case 0 -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int k = g.n(8); k > 0; k--) {
                        m.put(g.pick(keys), g.json(3));
                    }
                    event = Apps.json(m);
                }
                case 1 -> {
                    Object v = g.json(3);
                    object = v instanceof Map;
                    event = Apps.json(v);
                }
                default -> {
                    String text = RandomRequest.next(g).event();
                    event = text.substring(0, g.n(text.length()));
                    object = false;
                }
            }
            String where = Fuzz.where("documents", i, event);
            for (Map.Entry<String, Resolver> app : Apps.ALL.entrySet()) {
                int status = Apps.answer(app.getKey(), app.getValue(), event, where);
                if (!object) {
                    assertEquals(0, status, where + " [" + app.getKey() + "] answered a non-object");
                }
            }
        }
    }

    private static Map<String, Object> parse(String json) {
        try {
            return Apps.M.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
