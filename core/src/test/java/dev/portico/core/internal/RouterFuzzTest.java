package dev.portico.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.portico.api.BadRequestError;
import dev.portico.api.RouteSpec;
import dev.portico.api.ServiceError;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property-based test of the route table: random route tables (static, parameter, greedy and
 * regular-expression routes for random methods) asked for random paths (any text, percent-encoded in
 * random ways, malformed encodings, empty segments, trailing slashes, thousands of segments). Each
 * lookup must agree with {@link RouteOracle}, a slow restatement of docs/routing.md; the only
 * exception allowed is the 400 for malformed percent-encoding, exactly when the path has it; and a
 * matched route's parameters, encoded again, give back the path.
 *
 * <p>2,000 tables with 10 paths each in CI; {@code -Dportico.fuzz.cases=N} runs N tables and
 * {@code -Dportico.fuzz.seed=S} changes the seed (see docs/bad-input.md).
 */
class RouterFuzzTest {
    static final long SEED = Long.getLong("portico.fuzz.seed", 20_240_611L);
    static final int CASES = Integer.getInteger("portico.fuzz.cases", 2000);
    static final String[] LITERALS = {"a", "b", "users", "me", "x y", "é", "..", ".", "v1"};
    static final String[] METHODS = {"GET", "POST", "PUT", "*"};
    static final String[] REGEXES = {"/a/.+", "/[a-c]+/b", "/v[0-9]+/{id}", "/users/<name>/x", ".+", "/r/(a|b)*"};
    static final String[] NASTY = {"", "%", "%2", "%zz", "%2F", "%2f", "%25", "%C3%28", "%E2%82", "%ff", "%00",
        "%20", "+", "..", ".", "x%2Fy", "%C3%A9", "%\uFF14\uFF11", "%\u0664\u0661", "%4\uFF11", "\uD83D\uDE00"};

    @Test
    void lookupsAgreeWithTheOracle() {
        for (int i = 0; i < CASES; i++) {
            Random r = new Random(SEED * 0x9E3779B97F4A7C15L + i);
            RouteTable table = new RouteTable();
            List<RouteEntry> entries = new ArrayList<>();
            for (int n = 1 + r.nextInt(12); n > 0; n--) {
                RouteEntry e = entry(r);
                try {
                    table.add(e);
                    entries.add(e);
                } catch (IllegalStateException duplicate) {
                    assertTrue(duplicate.getMessage().startsWith("Duplicate route"), duplicate.getMessage());
                }
            }
            for (int k = 0; k < 10; k++) {
                String method = r.nextInt(5) == 0 ? "HEAD" : pick(r, "GET", "POST", "PUT", "DELETE", "FOO");
                String path = path(r);
                check(table, entries, method, path, "case " + i + " of seed " + SEED + ": " + method + " "
                        + (path.length() > 300 ? path.substring(0, 300) + "..." : path) + " against " + entries);
            }
        }
    }

    private static void check(RouteTable table, List<RouteEntry> entries, String method, String path, String where) {
        RouteOracle.Expected expected = RouteOracle.lookup(entries, method, path);
        Match actual;
        try {
            actual = table.lookup(method, path);
        } catch (BadRequestError e) {
            assertTrue(expected.malformed(), where + ": 400 for a well-formed path: " + e.getMessage());
            assertTrue(e.getMessage().startsWith("Malformed percent-encoding in path: "), e.getMessage());
            return;
        } catch (ServiceError e) {
            assertEquals(414, e.statusCode(), where);
            assertTrue(expected.regexTooDeep(), where);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            fail(where + ": " + e, e);
            return;
        }
        assertTrue(!expected.malformed(), where + ": a malformed path was routed");
        assertEquals(expected.entry(), actual.entry(), where);
        assertEquals(expected.params(), actual.params(), where);
        assertEquals(expected.allowed(), actual.allowed(), where);
        if (actual.entry() != null) {
            assertEquals(expected.headFromGet(), actual.headFromGet(), where);
            if (actual.entry().template.kind != PathTemplate.Kind.REGEX) {
                // A greedy parameter joins its segments with '/', so an encoded slash inside one of them
                // comes back as a separator: compare the decoded paths then, the segments otherwise.
                String rebuilt = RouteOracle.fill(actual.entry().template, actual.params());
                List<String> sent = RouteOracle.segments(RouteOracle.normalize(path));
                List<String> again = RouteOracle.segments(rebuilt);
                if (actual.entry().template.kind == PathTemplate.Kind.GREEDY) {
                    assertEquals(String.join("/", sent), String.join("/", again), where + ": re-encoded as " + rebuilt);
                } else {
                    assertEquals(sent, again, where + ": parameters re-encoded as " + rebuilt);
                }
            }
        }
    }

    private static RouteEntry entry(Random r) {
        List<String> methods = new ArrayList<>();
        for (int m = 1 + r.nextInt(2); m > 0; m--) {
            methods.add(pick(r, METHODS));
        }
        String path;
        int kind = r.nextInt(10);
        if (kind < 1) {
            path = pick(r, REGEXES);
        } else {
            StringBuilder sb = new StringBuilder();
            int depth = r.nextInt(kind < 3 ? 3 : 5);
            for (int d = 0; d < depth; d++) {
                sb.append('/').append(r.nextInt(5) < 3 ? pick(r, LITERALS) : (r.nextBoolean() ? "{p" + d + "}" : "<p" + d + ">"));
            }
            if (kind < 3) {
                sb.append("/{rest+}");
            }
            path = sb.length() == 0 ? "/" : sb.toString() + (r.nextInt(8) == 0 ? "/" : "");
        }
        RouteSpec spec = new RouteSpec(methods, path, request -> "ok");
        return new RouteEntry(spec, PathTemplate.parse(path), new Chain(List.of(), spec.handler()));
    }

    private static String path(Random r) {
        if (r.nextInt(50) == 0) {
            return "/a".repeat(1 + r.nextInt(5000)) + pick(r, "", "/", "/%zz", "/b");
        }
        StringBuilder sb = new StringBuilder();
        int depth = r.nextInt(6);
        for (int d = 0; d < depth; d++) {
            sb.append('/');
            switch (r.nextInt(4)) {
                case 0 -> sb.append(encodeRandomly(r, pick(r, LITERALS)));
                case 1 -> sb.append(pick(r, NASTY));
                default -> sb.append(pick(r, LITERALS));
            }
        }
        switch (r.nextInt(8)) {
            case 0 -> sb.append('/');
            case 1 -> sb.append("//");
            default -> { }
        }
        return sb.length() == 0 ? pick(r, "/", "", "//") : sb.toString();
    }

    /** Percent-encodes some bytes of a literal, in upper or lower case hex. */
    private static String encodeRandomly(Random r, String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && c != ' ' && r.nextBoolean()) {
                sb.append((char) c);
            } else {
                String hex = String.format("%%%02X", c);
                sb.append(r.nextBoolean() ? hex : hex.toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }

    /** Sanity checks of the oracle's decoding against hand-written cases. */
    @Test
    void theOracleDecodesLikeTheDocsSay() {
        assertEquals(List.of("a/b", "é"), RouteOracle.segments("/a%2Fb/%C3%A9"));
        assertEquals(List.of(), RouteOracle.segments("/"));
        assertEquals(List.of("", ""), RouteOracle.segments("//"));
        assertNull(RouteOracle.segments("/%C3%28"));
        assertNull(RouteOracle.segments("/%z1"));
        assertEquals("/a", RouteOracle.normalize("/a/"));
        assertNull(RouteOracle.segments("/%\uFF14\uFF11"));
        assertTrue(strictUtf8("é".getBytes(StandardCharsets.UTF_8)));
        assertTrue(!strictUtf8(new byte[] {(byte) 0xC3, 0x28}));
        assertEquals(Map.of(), RouteOracle.lookup(List.of(), "GET", "/x").params());
    }

    static boolean strictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
