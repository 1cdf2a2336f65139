package dev.portico.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.portico.api.spi.SourceRequest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SourceRequestTest {

    @Test
    void headersFromASupplierAreBuiltOnceAndOnlyWhenRead() {
        AtomicInteger built = new AtomicInteger();
        SourceRequest r = SourceRequest.builder("s").method("get").headers(() -> {
            built.incrementAndGet();
            return Headers.builder().add("A", "1").build();
        }).build();
        assertEquals(0, built.get());
        Headers first = r.headers();
        assertSame(first, r.headers());
        assertEquals("1", first.first("a"));
        assertEquals(1, built.get());
        assertEquals("GET", r.method());
    }

    @Test
    void theLastHeaderSettingWins() {
        SourceRequest r = SourceRequest.builder("s").method("GET")
                .headers(() -> Headers.builder().add("A", "lazy").build())
                .headers(Headers.builder().add("A", "eager").build()).build();
        assertEquals("eager", r.headers().first("A"));
    }
}
