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

    @Test
    void formatsQueriesThatParseBackToTheSameParameters() {
        assertEquals("", Urls.formatQuery(QueryParams.empty()));
        QueryParams q = QueryParams.builder().add("a", "1").add("a", "2").add("x y", "p&q=r+s%").add("é", "").build();
        String raw = Urls.formatQuery(q);
        assertEquals("a=1&a=2&x+y=p%26q%3Dr%2Bs%25&%C3%A9=", raw);
        assertEquals(q.asMap(), Urls.parseQuery(raw).asMap());
        QueryParams hostile = QueryParams.builder().add("\0\r\n", "\uD83D\uDE00 #?/").build();
        assertEquals("%00%0D%0A=%F0%9F%98%80+%23%3F%2F", Urls.formatQuery(hostile));
        assertEquals(hostile.asMap(), Urls.parseQuery(Urls.formatQuery(hostile)).asMap());
    }
}
