package dev.portico.testing.prime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.core.Resolver;
import dev.portico.testing.EventFormat;
import dev.portico.testing.PorticoClient;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code Resolver.prime()} warms every built-in source without running the application. */
class PrimeEverySourceTest {

    @Test
    void everyBuiltInSourceIsPrimedAndNoHandlerRuns() {
        AtomicInteger calls = new AtomicInteger();
        var b = Resolver.builder();
        b.any(".+", r -> calls.incrementAndGet());
        Resolver app = b.build();
        assertEquals(6, app.prime());
        assertEquals(0, calls.get());
        assertEquals(200, PorticoClient.of(app).get("/after").send().status());
        assertEquals(1, calls.get());
    }

    @Test
    void aFixedSourceIsTheOnlyOnePrimed() {
        var functionUrl = Resolver.builder().build().sources().stream()
                .filter(s -> s.id().equals("function-url")).findFirst().orElseThrow();
        Resolver fixed = Resolver.builder().source(functionUrl).build();
        assertEquals(1, fixed.prime());
        assertEquals(404, PorticoClient.of(fixed).format(EventFormat.FUNCTION_URL).get("/").send().status());
    }
}
