package dev.portico.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.api.spi.Urls;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void decodesUtf8AndKeepsPlusInPaths() {
        assertEquals("a b/é+", Urls.decode("a%20b%2F%C3%A9+", false));
        assertEquals("a b", Urls.decode("a+b", true));
        String plain = "no-escapes";
        assertSame(plain, Urls.decode(plain, false));
    }

    @Test
    void rejectsMalformedEncoding() {
        assertThrows(IllegalArgumentException.class, () -> Urls.decode("%", false));
        assertThrows(IllegalArgumentException.class, () -> Urls.decode("%2", false));
        assertThrows(IllegalArgumentException.class, () -> Urls.decode("%zz", false));
        assertThrows(IllegalArgumentException.class, () -> Urls.decode("%C3", false));
        assertThrows(IllegalArgumentException.class, () -> Urls.decode("%\uFF14\uFF11", false), "fullwidth digits");
        assertThrows(IllegalArgumentException.class, () -> Urls.decode("%\u0664\u0661", false), "Arabic-Indic digits");
        BadRequestError e = assertThrows(BadRequestError.class, () -> Urls.parseQuery("a=%G1"));
        assertEquals(400, e.statusCode());
    }

    @Test
    void parsesRepeatedAndBareParameters() {
        QueryParams q = Urls.parseQuery("a=1&b=x%20y&a=2&flag&&c=");
        assertEquals(Map.of("a", List.of("1", "2"), "b", List.of("x y"), "flag", List.of(""), "c", List.of("")),
                q.asMap());
        assertEquals(QueryParams.empty(), Urls.parseQuery(""));
    }
}
