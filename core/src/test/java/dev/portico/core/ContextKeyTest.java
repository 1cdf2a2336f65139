package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.ContextKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Typed per-request context keys, beside the string API, over the real request of the pipeline. */
class ContextKeyTest {
    record User(String name) {
    }

    static final ContextKey<User> USER = ContextKey.of("user", User.class);
    static final ContextKey<List<String>> AUDIT = ContextKey.of("audit");
    static final ContextKey<Integer> COUNT = ContextKey.of("count", Integer.class);

    private static Resolver.Builder builder() {
        return Resolver.builder().discover(false).register(new FakeSource()).debug(false);
    }

    private static JsonNode body(JsonNode response) throws IOException {
        return Fake.M.readTree(response.get("body").asText());
    }

    @Test
    void middlewareAndHandlerShareTypedValuesWithoutCasts() throws IOException {
        Resolver.Builder b = builder().use((req, next) -> {
            req.put(USER, new User(req.header("x-user")));
            req.computeIfAbsent(AUDIT, ArrayList::new).add("auth");
            return next.handle(req);
        });
        b.get("/me", req -> {
            req.computeIfAbsent(AUDIT, ArrayList::new).add("handler");
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("user", req.get(USER).name());
            out.put("audit", req.get(AUDIT));
            out.put("sameEntry", req.context().get("user") == req.get(USER));
            return out;
        });
        Resolver app = b.build();
        String hostile = "Zoë 🦊 \u0007\r\n" + "x".repeat(20_000);
        JsonNode r = Fake.req("GET", "/me").header("x-user", hostile).send(app);
        assertEquals(200, r.get("status").asInt());
        JsonNode expected = Fake.M.createObjectNode().put("user", hostile).put("sameEntry", true)
                .set("audit", Fake.M.createArrayNode().add("auth").add("handler"));
        assertEquals(expected, body(r));
        // per request: the next request starts without the previous one's entries
        assertEquals(List.of("auth", "handler"), Fake.M.convertValue(body(Fake.req("GET", "/me").header("x-user", "b")
                .send(app)).get("audit"), List.class));
    }

    @Test
    void keysReadWhatTheStringApiStoredUnderTheirName() throws IOException {
        Resolver.Builder b = builder().appendContext("count", 41);
        b.get("/n", req -> {
            req.put(COUNT, req.get(COUNT) + 1);
            return Map.of("count", req.context().get("count"), "missing", Objects.toString(req.get(ContextKey.of("none"))));
        });
        assertEquals(Fake.M.readTree("{\"count\":42,\"missing\":\"null\"}"), body(Fake.req("GET", "/n").send(b.build())));
    }

    @Test
    void computeIfAbsentKeepsAPresentValueAndLetsTheSupplierPutOtherEntries() throws IOException {
        Resolver.Builder b = builder();
        b.get("/c", req -> {
            req.put(COUNT, 7);
            int kept = req.computeIfAbsent(COUNT, () -> 99);
            User made = req.computeIfAbsent(USER, () -> {
                req.put(AUDIT, List.of("made in supplier"));   // no ConcurrentModificationException
                return new User("lazy");
            });
            Object none = req.computeIfAbsent(ContextKey.of("nothing"), () -> null);
            return Map.of("kept", kept, "made", made.name(), "audit", req.get(AUDIT),
                    "nothingStored", !req.context().containsKey("nothing") && none == null);
        });
        assertEquals(Fake.M.readTree("{\"kept\":7,\"made\":\"lazy\",\"audit\":[\"made in supplier\"],\"nothingStored\":true}"),
                body(Fake.req("GET", "/c").send(b.build())));
    }

    @Test
    void aValueOfTheWrongClassFailsNamingBothClasses() {
        Resolver.Builder b = builder().appendContext("user", "just a string");
        List<String> messages = new ArrayList<>();
        b.get("/u", req -> {
            try {
                return req.get(USER);
            } catch (ClassCastException e) {
                messages.add(e.getMessage());
                throw e;
            }
        });
        assertEquals(500, Fake.req("GET", "/u").send(b.build()).get("status").asInt());
        assertEquals(List.of("The context entry 'user' is a java.lang.String, not the " + User.class.getName()
                + " its ContextKey reads; something put it with the string API (appendContext or context().put) "
                + "under the same name: use the key there too"), messages);
    }

    @Test
    void badKeysFailWhenTheyAreMadeSayingWhatToDo() {
        assertEquals("A context key needs a non-empty name, e.g. ContextKey.of(\"user\", User.class)",
                assertThrows(IllegalArgumentException.class, () -> ContextKey.of("")).getMessage());
        assertEquals("Context key 'n' has the primitive type int; context values are objects: use its wrapper "
                + "class (e.g. Integer.class for int)",
                assertThrows(IllegalArgumentException.class, () -> ContextKey.of("n", int.class)).getMessage());
        assertThrows(NullPointerException.class, () -> ContextKey.of(null, String.class));
        String name = "ключ\u0000" + "k".repeat(100_000);
        assertEquals(name, ContextKey.of(name, String.class).name());
        assertEquals("ContextKey(user: " + User.class.getName() + ")", USER.toString());
        assertEquals("ContextKey(audit)", AUDIT.toString());
    }
}
