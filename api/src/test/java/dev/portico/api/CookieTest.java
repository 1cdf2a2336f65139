package dev.portico.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CookieTest {

    @Test
    void defaultsRenderLikePowertools() {
        assertEquals("session_id=12345; Secure", Cookie.of("session_id", "12345").toSetCookie());
    }

    @Test
    void everyAttributeRenders() {
        Cookie c = Cookie.of("id", "v").withPath("/").withDomain("example.com").withHttpOnly(true)
                .withMaxAge(Duration.ofMinutes(1)).withExpires(Instant.parse("2015-10-21T07:28:00Z"))
                .withSameSite(Cookie.SameSite.LAX);
        assertEquals("id=v; Path=/; Domain=example.com; Secure; HttpOnly; Max-Age=60; "
                + "Expires=Wed, 21 Oct 2015 07:28:00 GMT; SameSite=Lax", c.toSetCookie());
        assertEquals("id=v", Cookie.of("id", "v").withSecure(false).toSetCookie());
    }

    @Test
    void refusesResponseSplitting() {
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("a", "b\r\nSet-Cookie: x=y"));
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("a b", "c"));
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("a", "b").withPath("/\n"));
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("a", "b; HttpOnly"));
    }
}
