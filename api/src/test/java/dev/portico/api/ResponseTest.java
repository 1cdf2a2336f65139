package dev.portico.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseTest {

    @Test
    void buildsAndCopies() {
        Response r = Response.status(201).header("X-A", "1").header("x-a", "2").contentType("text/plain")
                .cookie(Cookie.of("s", "1")).body("hi").compress(true).build();
        assertEquals(201, r.status());
        assertEquals(List.of("1", "2"), r.headers().all("X-A"));
        assertEquals("text/plain", r.contentType());
        assertEquals("hi", r.body());
        assertEquals(Boolean.TRUE, r.compress());
        Response copy = r.toBuilder().setHeader("X-A", "3").body(null).build();
        assertEquals(List.of("3"), copy.headers().all("x-a"));
        assertNull(copy.body());
        assertEquals(List.of("1", "2"), r.headers().all("X-A"));
        assertEquals(1, copy.cookies().size());
    }

    @Test
    void varyMergesTokensOnce() {
        assertEquals(List.of("Origin"), Response.builder().vary("Origin").build().headers().all("Vary"));
        assertEquals(List.of("A, B, Origin"),
                Response.builder().header("Vary", "A").header("Vary", "B").vary("Origin").build().headers().all("Vary"));
        assertEquals(List.of("Accept-Encoding, origin"),
                Response.builder().header("Vary", "Accept-Encoding, origin").vary("Origin").build().headers().all("vary"));
        assertEquals(List.of("*"), Response.builder().header("Vary", "*").vary("Origin").build().headers().all("Vary"));
        assertThrows(IllegalArgumentException.class, () -> Response.builder().vary("Origin\r\nX: y"));
    }

    @Test
    void refusesHeaderInjection() {
        assertThrows(IllegalArgumentException.class, () -> Response.builder().header("X-A", "v\r\nX-B: evil"));
        assertThrows(IllegalArgumentException.class, () -> Response.builder().header("X-A\n", "v"));
        assertThrows(IllegalArgumentException.class, () -> Response.builder().header("X A", "v"));
        assertThrows(IllegalArgumentException.class, () -> Response.builder().contentType("text/html\r\n"));
        assertThrows(IllegalArgumentException.class, () -> Response.builder().status(99));
    }

    @Test
    void serviceErrorsCarryTheirStatus() {
        assertEquals(404, new NotFoundError().statusCode());
        assertEquals("Not found", new NotFoundError().getMessage());
        assertEquals(503, new ServiceUnavailableError("down").statusCode());
        assertEquals(418, new ServiceError(418, "teapot").statusCode());
        assertThrows(IllegalArgumentException.class, () -> new ServiceError(200, "ok"));
    }
}
