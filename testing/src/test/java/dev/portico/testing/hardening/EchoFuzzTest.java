package dev.portico.testing.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.Cookie;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import dev.portico.testing.EventFormat;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.1's generators: text with non-Latin-1 characters (U+010A, U+010D and others whose low byte
 * is CR, LF, NUL or a colon), Latin-1, control characters, lone surrogates and header syntax, sent in a
 * query parameter in every format and echoed by the handler into a header value, a header name,
 * {@code Location}, a cookie's value, path or domain, or {@code withHeader}. (Lone surrogates cannot
 * travel in a UTF-8 event, so they are left to {@code api}'s {@code ResponseGrammarTest}.) Each answer is checked
 * against a restatement of RFC 9110 / 6265 written here: either the value was valid and comes back
 * exactly (Location percent-encoded), or it is the standard 500 with nothing of the handler's; and no
 * answer ever holds a header or cookie outside the grammar. Cases: {@link Fuzz#cases}.
 */
class EchoFuzzTest {
    private static final List<String> PATHS = List.of("/header", "/header-name", "/location", "/cookie",
            "/cookie-path", "/cookie-domain", "/with-header");
    /** Characters whose low byte is CR, LF, NUL, a colon or a space, the way a byte-writing server splits. */
    private static final char[] SPLITTERS = {'\u010D', '\u010A', '\u0D0A', '\u0A0D', '\u0100', '\u013A', '\u0120',
        '\uFF0D', '\uFF0A', '\u2028', '\u2029', '\uFEFF', '\u0085'};
    private static final Resolver APP = app();
    private static final Object INTERNAL = Apps.M.valueToTree(Map.of("statusCode", 500, "message",
            "Internal Server Error"));

    /**
     * Portico's logger in java.util.logging (the default backend), held so its level sticks; reached
     * by reflection because this module does not read java.logging.
     */
    private static Object portico;
    private static Object level;

    /** Every refused value is a logged 500 with a stack trace: silenced, or a long run writes gigabytes. */
    @BeforeAll
    static void quiet() throws ReflectiveOperationException {
        Class<?> logger = Class.forName("java.util.logging.Logger");
        Class<?> levels = Class.forName("java.util.logging.Level");
        portico = logger.getMethod("getLogger", String.class).invoke(null, "dev.portico");
        level = logger.getMethod("getLevel").invoke(portico);
        logger.getMethod("setLevel", levels).invoke(portico, levels.getField("OFF").get(null));
    }

    @AfterAll
    static void restore() throws ReflectiveOperationException {
        Class<?> logger = Class.forName("java.util.logging.Logger");
        logger.getMethod("setLevel", Class.forName("java.util.logging.Level")).invoke(portico, level);
    }

    private static Resolver app() {
        var b = Resolver.builder().debug(false);
        b.get("/header", r -> Response.builder().header("X-Echo", r.queryParam("v")).body("x").build());
        b.get("/header-name", r -> Response.builder().header("X-" + r.queryParam("v"), "1").body("x").build());
        b.get("/location", r -> Response.status(302).header("Location", r.queryParam("v")).build());
        b.get("/cookie", r -> Response.builder().cookie(Cookie.of("s", r.queryParam("v"))).body("x").build());
        b.get("/cookie-path", r -> Response.builder().cookie(Cookie.of("s", "1").withPath(r.queryParam("v")))
                .body("x").build());
        b.get("/cookie-domain", r -> Response.builder().cookie(Cookie.of("s", "1").withDomain(r.queryParam("v")))
                .body("x").build());
        b.get("/with-header", r -> Response.ok("x").withHeader("X-Echo", r.queryParam("v")));
        return b.build();
    }

    /** @return hostile text: parts of visible ASCII, Latin-1, splitters, controls, surrogates, header syntax */
    static String hostile(Gen g) {
        StringBuilder sb = new StringBuilder();
        for (int parts = g.n(6); parts >= 0; parts--) {
            switch (g.n(9)) {
                case 0 -> sb.append(SPLITTERS[g.n(SPLITTERS.length)]);
                case 1 -> {
                    int high = 1 + g.n(0xFF);
                    high = high >= 0xD8 && high <= 0xDF ? high - 0x20 : high; // not a surrogate
                    sb.append((char) (0x100 * high + g.pick(0x0D, 0x0A, 0x00, 0x3A, 0x20, 0x3B)));
                }
                case 2 -> sb.append((char) (0x80 + g.n(0x80)));
                case 3 -> sb.append((char) (int) g.pick(g.n(0x20), 0x7F, (int) '\t', (int) ' '));
                case 4 -> sb.append(g.pick("\uD83D\uDE00", "\uDBFF\uDFFF", "\u65E5\u672C", "\uFFFF", "\uFFFD"));
                case 5 -> sb.append(g.pick("Set-Cookie: evil=1", "\r\n", ";", ",", "\"", "\\", "%0D%0A", "%C4%8A", "=",
                        "HTTP/1.1 200 OK"));
                default -> sb.append(g.token(6));
            }
        }
        return sb.toString();
    }

    @Test
    void echoedValuesAreExactOrTheStandard500AndNeverOutsideTheGrammar() {
        int cases = Fuzz.cases(1500);
        EventFormat[] formats = EventFormat.values();
        for (int i = 0; i < cases; i++) {
            Gen g = Fuzz.gen("echo", i);
            String v = g.chance(15) ? g.token(10) : hostile(g);
            String path = g.pick(PATHS);
            EventFormat format = formats[g.n(formats.length)];
            String where = Fuzz.where("echo", i, format + " " + path + " " + escape(v));
            TestResponse r = PorticoClient.of(APP).format(format).get(path).query("v", v).send();
            allWithinTheGrammar(r, where);
            String expected = expected(path, v);
            if (expected == null) {
                assertEquals(500, r.status(), where);
                assertEquals(INTERNAL, r.json(), where);
                assertEquals(List.of("Content-Type"), List.copyOf(r.headers().names()), where);
                assertEquals(List.of(), r.cookies(), where);
                continue;
            }
            assertEquals(path.equals("/location") ? 302 : 200, r.status(), where + " " + r.raw());
            switch (path) {
                case "/header", "/with-header" -> assertEquals(expected, r.header("X-Echo"), where);
                case "/header-name" -> assertEquals("1", r.header(expected), where);
                case "/location" -> assertEquals(expected, r.header("Location"), where);
                default -> assertEquals(List.of(expected), r.cookies(), where);
            }
        }
    }

    /** @return what the answer must carry for this value, or {@code null} when it must be the 500 */
    static String expected(String path, String v) {
        return switch (path) {
            case "/header", "/with-header" -> fieldValue(v) ? v : null;
            case "/header-name" -> token("X-" + v) ? "X-" + v : null;
            case "/location" -> location(v);
            case "/cookie" -> cookieValue(v) ? "s=" + v + "; Secure" : null;
            case "/cookie-path" -> v.chars().allMatch(c -> c >= 0x20 && c <= 0x7E && c != ';')
                    ? "s=1; Path=" + v + "; Secure" : null;
            case "/cookie-domain" -> v.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 0x80
                    || c == '-' || c == '.') ? "s=1; Domain=" + v + "; Secure" : null;
            default -> throw new IllegalArgumentException(path);
        };
    }

    static boolean fieldValue(String v) {
        return v.chars().allMatch(c -> c == '\t' || (c >= ' ' && c <= '~'));
    }

    static boolean token(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> Gen.TOKEN_CHARS.indexOf(c) >= 0);
    }

    static boolean cookieValue(String v) {
        String inner = v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
        return inner.chars().allMatch(c -> c > ' ' && c <= '~' && "\",;\\".indexOf(c) < 0);
    }

    /** RFC 3986-style: UTF-8 bytes beyond ASCII and spaces as %XX; controls and lone surrogates refused. */
    static String location(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 == v.length() || !Character.isLowSurrogate(v.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(v.charAt(i - 1)));
            if (lone || (c < ' ' && c != '\t') || c == 0x7F) {
                return null;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : v.getBytes(StandardCharsets.UTF_8)) {
            if (b < 0 || b == ' ') {
                sb.append(String.format("%%%02X", b & 0xFF));
            } else {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }

    private static void allWithinTheGrammar(TestResponse r, String where) {
        for (var e : r.headers().asMap().entrySet()) {
            assertTrue(token(e.getKey()), where + ": header name " + escape(e.getKey()));
            for (String value : e.getValue()) {
                assertTrue(fieldValue(value), where + ": value of " + e.getKey() + " " + escape(value));
            }
        }
        for (String c : r.cookies()) {
            assertTrue(fieldValue(c), where + ": cookie " + escape(c));
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= ' ' && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return sb.toString();
    }
}
