package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.spi.SourceRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PrimeTest {

    /** The fake format, able to write its own events like the built-in sources. */
    static final class WritingFakeSource extends FakeSource {
        @Override
        public void writeEvent(SourceRequest r, JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeNumberField("fake", 1);
            g.writeStringField("method", r.method());
            g.writeStringField("path", r.path());
            g.writeObjectFieldStart("headers");
            for (Map.Entry<String, List<String>> e : r.headers().asMap().entrySet()) {
                g.writeArrayFieldStart(e.getKey());
                for (String v : e.getValue()) {
                    g.writeString(v);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    @Test
    void primingRunsNoMiddlewareNorHandlerAndTheAppAnswersAfterwards() {
        AtomicInteger calls = new AtomicInteger();
        var b = Resolver.builder().discover(false).register(new WritingFakeSource())
                .use((req, next) -> {
                    calls.incrementAndGet();
                    return next.handle(req);
                });
        b.any("/{path+}", r -> {
            calls.incrementAndGet();
            return "caught " + r.path();
        });
        Resolver app = b.build();
        assertEquals(1, app.prime());
        assertEquals(0, calls.get(), "a catch-all route and a global middleware stay untouched");
        assertEquals("caught /x", Fake.req("GET", "/x").send(app).get("body").asText());
        assertEquals(2, calls.get());
    }

    /** A record counting its instances. */
    public record Counted(int id, List<Counted> children) {
        static final AtomicInteger MADE = new AtomicInteger();

        public Counted {
            MADE.incrementAndGet();
        }
    }

    @Test
    void primingPreparesTheCodecForTheNamedTypesAndBindsASampleOfEach() throws Exception {
        List<java.lang.reflect.Type> primed = new java.util.ArrayList<>();
        dev.portico.api.JsonCodec codec = new dev.portico.core.internal.DefaultJsonCodec();
        dev.portico.api.JsonCodec spy = new dev.portico.api.JsonCodec() {
            @Override
            public byte[] write(Object value) throws IOException {
                return codec.write(value);
            }

            @Override
            public <T> T read(byte[] json, java.lang.reflect.Type type) throws IOException {
                return codec.read(json, type);
            }

            @Override
            public com.fasterxml.jackson.databind.JsonNode readTree(byte[] json) throws IOException {
                return codec.readTree(json);
            }

            @Override
            public void prime(java.lang.reflect.Type type) {
                primed.add(type);
                codec.prime(type);
            }
        };
        java.lang.reflect.Type listOfCounted = new com.fasterxml.jackson.core.type.TypeReference<List<Counted>>() {
        }.getType();
        Resolver app = Resolver.builder().discover(false).register(new WritingFakeSource()).jsonCodec(spy)
                .primeTypes(Counted.class, listOfCounted).build();
        assertEquals(1, app.prime());
        assertEquals(List.of(dev.portico.core.internal.Engine.PrimeSample.class, Counted.class, listOfCounted),
                primed);
        // Priming makes a sample of each primed type (read from JSON by the codec) and writes it back:
        // the record's constructor runs, the handlers do not.
        assertTrue(Counted.MADE.get() > 0, "a sample of the primed record was bound");
        assertEquals(new Counted(1, List.of()), codec.read("{\"id\":1,\"children\":[]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), Counted.class));
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> Resolver.builder().primeTypes((java.lang.reflect.Type) null));
    }

    /** A record only the mapper reads (an Optional component). */
    public record MapperOnly(java.util.Optional<String> note) {
    }

    @Test
    void primingLeavesTheMapperAloneForJrTypesAndPreparesItForTheOthers() {
        AtomicInteger asked = new AtomicInteger();
        dev.portico.api.JsonCodec codec = new dev.portico.core.internal.DefaultJsonCodec(() -> {
            asked.incrementAndGet();
            return Resolver.newObjectMapper();
        });
        codec.prime(Counted.class);
        codec.prime(new com.fasterxml.jackson.core.type.TypeReference<Map<String, List<Counted>>>() { }.getType());
        assertEquals(0, asked.get(), "records jackson-jr binds need no mapper");
        codec.prime(MapperOnly.class);
        assertEquals(1, asked.get(), "a type only the mapper reads is prepared in the mapper");
    }

    @Test
    void sourcesThatCannotWriteEventsAreSkipped() {
        Resolver app = Resolver.builder().discover(false).register(new FakeSource()).build();
        assertEquals(0, app.prime());
    }
}
