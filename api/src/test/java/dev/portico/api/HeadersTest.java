package dev.portico.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void namesAreCaseInsensitiveAndKeepTheirFirstSpelling() {
        Headers h = Headers.builder().add("X-Trace", "a").add("x-trace", "b").add("Accept", "*/*").build();
        assertEquals("a", h.first("X-TRACE"));
        assertEquals(List.of("a", "b"), h.all("x-Trace"));
        assertEquals(Map.of("X-Trace", List.of("a", "b"), "Accept", List.of("*/*")), h.asMap());
        assertEquals(List.of("X-Trace", "Accept"), List.copyOf(h.names()));
        assertTrue(h.contains("accept"));
        assertNull(h.first("missing"));
        assertEquals(List.of(), h.all("missing"));
    }

    @Test
    void setReplacesAndRemoveDrops() {
        Headers h = Headers.builder().add("A", "1").add("a", "2").set("A", "3").add("B", "x").remove("b").build();
        assertEquals(Map.of("A", List.of("3")), h.asMap());
    }

    @Test
    void queryParamsAreCaseSensitive() {
        QueryParams q = QueryParams.builder().add("id", "1").add("ID", "2").add("id", "3").build();
        assertEquals(List.of("1", "3"), q.all("id"));
        assertEquals(List.of("2"), q.all("ID"));
        assertFalse(q.contains("Id"));
    }

    @Test
    void builtInstancesAreImmutable() {
        Headers.Builder b = Headers.builder().add("A", "1");
        Headers h = b.build();
        b.add("A", "2");
        assertEquals(List.of("1"), h.all("A"));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> h.all("A").add("x"));
    }
}
