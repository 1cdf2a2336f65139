package dev.portico.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 13.1, 13.7 and 16: RFC 9110 / 6265 grammar at build, Location encoding, 1xx, the conveniences. */
class ResponseGrammarTest {

    @Test
    void headerValuesBeyondAsciiAreRefusedNamingTheHeader() {
        for (String v : List.of("a\u010D\u010Ab", "caf\u00e9", "\u2028", "a\u0000", "\u007f", "x\ud800")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Response.builder().header("X-Echo", v), v);
            assertTrue(e.getMessage().startsWith("Value of header 'X-Echo' holds U+"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Response.builder().setHeader("X-Echo", v));
            assertThrows(IllegalArgumentException.class, () -> Response.ok("x").withHeader("X-Echo", v));
            assertThrows(IllegalArgumentException.class, () -> Response.builder().contentType("text/" + v));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Response.builder().header("X-Echo", "a\u010D\u010Ab"));
        assertEquals("Value of header 'X-Echo' holds U+010D at index 1; header values are visible ASCII, space and "
                + "tab only (RFC 9110): no CR, LF or other control characters, percent-encode or RFC 8187-encode "
                + "anything else", e.getMessage());
        assertEquals("a\tb ~!", Response.builder().header("X-Ok", "a\tb ~!").build().headers().first("X-Ok"));
    }

    @Test
    void headerNamesMustBeTokens() {
        for (String n : List.of("", "X Echo", "X-\u010A", "X:Y", "X(", "\u00e9")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Response.builder().header(n, "v"), n);
            assertTrue(e.getMessage().contains("is not an HTTP token"), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Response.builder().header("X-\u010A", "v"))
                .getMessage().startsWith("Header name 'X-U+010A'"));
        assertEquals("v", Response.builder().header("!#$%&'*+-.^_`|~09az", "v").build().headers()
                .first("!#$%&'*+-.^_`|~09az"));
    }

    @Test
    void locationIsPercentEncodedAsAUri() {
        assertEquals("/caf%C3%A9?q=a%20b%C4%8D%C4%8A%F0%9F%98%80",
                Response.builder().header("Location", "/caf\u00e9?q=a b\u010D\u010A\ud83d\ude00").build()
                        .headers().first("Location"));
        assertEquals("/x%C3%A9", Response.builder().setHeader("location", "/x\u00e9").build().headers()
                .first("Location"));
        assertEquals("/x%C3%A9", Response.ok("").withHeader("Location", "/x\u00e9").headers().first("Location"));
        assertEquals("https://example.com/a?b=%41", Response.builder().header("Location", "https://example.com/a?b=%41")
                .build().headers().first("Location"));
        // control characters and unpaired surrogates are refused, not encoded
        assertThrows(IllegalArgumentException.class, () -> Response.builder().header("Location", "/a\r\nX: 1"));
        assertThrows(IllegalArgumentException.class, () -> Response.builder().header("Location", "/a\ud800"));
    }

    @Test
    void statusesOutside200To599AreRefused() {
        for (int s : new int[] {100, 101, 103, 199, 0, -1, 600, 999}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Response.status(s));
            assertTrue(e.getMessage().startsWith("HTTP status must be between 200 and 599, was " + s), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Response.of(101, null, null)).getMessage()
                .endsWith("(1xx statuses are interim answers no event source sends)"));
        assertEquals(200, Response.status(200).build().status());
        assertEquals(599, Response.status(599).build().status());
    }

    @Test
    void cookiePartsFollowRfc6265() {
        for (String v : List.of("a b", "a,b", "a\"b", "a\\b", "a;b", "\u010D\u010A", "caf\u00e9", "\"a", "a\u007f")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cookie.of("s", v), v);
            assertTrue(e.getMessage().startsWith("The value of cookie 's' holds U+"), e.getMessage());
        }
        assertEquals("s=\"abc\"; Secure", Cookie.of("s", "\"abc\"").toSetCookie());
        assertEquals("s=!#$%&'()*+-./:<=>?@[]^_`{|}~; Secure", Cookie.of("s", "!#$%&'()*+-./:<=>?@[]^_`{|}~")
                .toSetCookie());
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("s\u010A", "1"));
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("s", "1").withPath("/\u010D\u010A"));
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("s", "1").withPath("/a;b"));
        assertEquals("s=1; Path=/a b; Secure", Cookie.of("s", "1").withPath("/a b").toSetCookie());
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("s", "1").withDomain("ex ample.com"));
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("s", "1").withDomain("b\u00fccher.de"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cookie.of("s", "1").withDomain("a\u010Ab"));
        assertEquals("The domain of cookie 's' holds U+010A at index 1; RFC 6265 allows letters, digits, '-' and '.' "
                + "(punycode for IDNs)", e.getMessage());
        assertEquals("s=1; Domain=.xn--bcher-kva.de; Secure", Cookie.of("s", "1").withDomain(".xn--bcher-kva.de")
                .toSetCookie());
    }

    @Test
    void jsonSetsTheContentTypeAndKeepsNulls() {
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("id", 1);
        withNull.put("note", null);
        Response r = Response.json(withNull);
        assertEquals(200, r.status());
        assertEquals("application/json", r.contentType());
        assertEquals(withNull, r.body());
        Response created = Response.status(201).json(List.of(1, 2));
        assertEquals(201, created.status());
        assertEquals("application/json", created.contentType());
        assertEquals(List.of(1, 2), created.body());
        assertEquals("null", Response.json(null).body());
        assertEquals("\"a\\\"b\\\\c\\u000a\"", Response.json("a\"b\\c\n").body());
        assertEquals("\"AQI=\"", Response.json(new byte[] {1, 2}).body());
    }

    @Test
    void withHeaderAndWithCookieReturnNewResponses() {
        Response r = Response.status(201).header("X-A", "1").header("X-A", "2").body("hi").build();
        Response h = r.withHeader("X-A", "3").withHeader("X-B", "b");
        assertNotSame(r, h);
        assertEquals(List.of("1", "2"), r.headers().all("X-A"));
        assertEquals(List.of("3"), h.headers().all("X-A"));
        assertEquals(List.of("b"), h.headers().all("X-B"));
        assertEquals(201, h.status());
        assertEquals("hi", h.body());
        Response c = h.withCookie(Cookie.of("s", "1"));
        assertEquals(List.of(), h.cookies());
        assertEquals(List.of("s=1; Secure"), c.cookies().stream().map(Cookie::toSetCookie).toList());
        assertThrows(NullPointerException.class, () -> r.withHeader("X-A", null));
        assertThrows(NullPointerException.class, () -> r.withCookie(null));
    }
}
