package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void sourcesThatCannotWriteEventsAreSkipped() {
        Resolver app = Resolver.builder().discover(false).register(new FakeSource()).build();
        assertEquals(0, app.prime());
    }
}
