package dev.portico.feature.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.JsonCodec;
import dev.portico.core.Resolver;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.feature.openapi.annotations.Query;
import dev.portico.testing.PorticoClient;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link OpenApiFeature#prime()} warms the codec for every typed route's types and runs no handler. */
class PrimeTest {

    /** A codec that records what it is asked to prime and how many values it wrote. */
    static final class RecordingCodec implements JsonCodec {
        final List<Type> primed = new ArrayList<>();
        final AtomicInteger writes = new AtomicInteger();

        @Override
        public byte[] write(Object value) throws IOException {
            writes.incrementAndGet();
            return Apps.M.writeValueAsBytes(value);
        }

        @Override
        public <T> T read(byte[] json, Type type) throws IOException {
            return Apps.M.readValue(json, Apps.M.constructType(type));
        }

        @Override
        public JsonNode readTree(byte[] json) throws IOException {
            return Apps.M.readTree(json);
        }

        @Override
        public void prime(Type type) {
            primed.add(type);
        }
    }

    public static class Api {
        final AtomicInteger calls = new AtomicInteger();

        @Post("/todos")
        public Todo create(@Body Todo todo) {
            calls.incrementAndGet();
            return todo;
        }

        @Post("/orders")
        public Map<String, Integer> order(@Body Optional<Order> order, @Query("n") int n) {
            calls.incrementAndGet();
            return Map.of("n", n);
        }

        @Get("/plain")
        public String plain() {
            calls.incrementAndGet();
            return "x";
        }
    }

    @Test
    void primeWarmsBodyAndResultTypesWithoutRunningHandlers() throws Exception {
        RecordingCodec codec = new RecordingCodec();
        Api api = new Api();
        Resolver app = Resolver.builder().debug(false).jsonCodec(codec).include(OpenApi.routes(api)).build();
        app.prime();
        assertEquals(0, api.calls.get());
        assertTrue(codec.primed.contains(Todo.class), codec.primed.toString());
        assertTrue(codec.primed.contains(Order.class), codec.primed.toString());
        assertTrue(codec.primed.contains(String.class), codec.primed.toString());
        assertTrue(codec.primed.stream().anyMatch(t -> t.getTypeName().equals("java.util.Map<java.lang.String, "
                + "java.lang.Integer>")), codec.primed.toString());
        assertTrue(codec.primed.stream().noneMatch(t -> t.getClass().getName().startsWith("com.fasterxml")),
                "never a databind JavaType: " + codec.primed);
        assertTrue(codec.writes.get() >= 1, "the 422 body is written once");
        // The application still answers as before.
        PorticoClient client = PorticoClient.of(app);
        assertEquals(422, client.post("/todos").body("{}").send().status());
        assertEquals(200, client.post("/todos").body("{\"userId\":1,\"title\":\"t\",\"completed\":true}").send().status());
        assertEquals(1, api.calls.get());
    }
}
