package dev.portico.feature.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.feature.openapi.annotations.Header;
import dev.portico.feature.openapi.annotations.Max;
import dev.portico.feature.openapi.annotations.Min;
import dev.portico.feature.openapi.annotations.Path;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.feature.openapi.annotations.Query;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of every numeric conversion of typed routes (issue 13): numbers with huge
 * exponents, many digits, signs, points, white space and garbage, as JSON numbers and as strings in
 * bodies, and in path, query and header values, for every numeric Java type, constrained and not.
 * Each answer must be a 200 with the exact value or a 422 at the field's location with a number
 * problem; never a 500. CI runs a few hundred cases per position; for more, or another seed:
 *
 * <pre>
 * mvn -o -pl feature-openapi test -Dtest='NumberFuzzTest' -Dportico.fuzz.cases=100000 -Dportico.fuzz.seed=42
 * </pre>
 */
class NumberFuzzTest {
    private static final long DEFAULT_SEED = 20_261_206L;
    private static final List<String> TYPES = List.of("i", "l", "s", "b", "bi", "d", "f", "bd", "ci", "cd");
    private static final Set<String> NUMBER_PROBLEMS = Set.of("int_parsing", "int_from_float", "int_type",
            "int_parsing_size", "float_parsing", "float_type", "finite_number", "decimal_max_digits",
            "greater_than_equal", "less_than_equal", "json_invalid");

    /** One field of each numeric type; {@code ci} and {@code cd} are constrained. */
    public record AllNumbers(Integer i, Long l, Short s, Byte b, BigInteger bi, Double d, Float f, BigDecimal bd,
                             @Min(-5) @Max(5) Integer ci, @Min(-5) @Max(5) Double cd) {
    }

    public static class Api {
        @Post("/body")
        public AllNumbers body(@Body AllNumbers n) {
            return n;
        }

        @Get("/p/{i}")
        public Map<String, Object> params(@Path("i") int i, @Query("l") Long l, @Query("bi") BigInteger bi,
                                          @Query("d") Double d, @Query("bd") BigDecimal bd,
                                          @Query("cd") @Min(-5) @Max(5) Double cd, @Header("x-s") Short s,
                                          @Header("x-f") Float f) {
            return Map.of("i", i, "l", l, "bi", bi.toString(), "d", d, "bd", bd.toString(), "cd", cd, "s", s, "f", f);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper EXACT = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final PorticoClient client = Apps.client(new Api());

    private static long seed() {
        return Long.getLong("portico.fuzz.seed", DEFAULT_SEED);
    }

    private static int cases(int ciDefault) {
        Integer n = Integer.getInteger("portico.fuzz.cases");
        return n == null ? ciDefault : n;
    }

    private static Random random(String property, int index) {
        long s = seed() * 0x9E3779B97F4A7C15L + property.hashCode() * 0xC2B2AE3D27D4EB4FL + index;
        return new Random(s ^ (s >>> 29));
    }

    /** A number as text: usually valid, often huge in exponent or digits, sometimes broken. */
    static String number(Random r) {
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(4) == 0) {
            sb.append(r.nextBoolean() ? '-' : '+');
        }
        int digits = switch (r.nextInt(6)) {
            case 0 -> 1 + r.nextInt(100_000);
            case 1 -> 15 + r.nextInt(30);
            default -> 1 + r.nextInt(6);
        };
        for (int i = 0; i < digits; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        if (r.nextInt(3) == 0) {
            sb.append('.');
            int fraction = r.nextInt(5) == 0 ? r.nextInt(5000) : r.nextInt(4);
            for (int i = 0; i < fraction; i++) {
                sb.append(r.nextInt(4) == 0 ? '0' : (char) ('0' + r.nextInt(10)));
            }
        }
        if (r.nextInt(2) == 0) {
            sb.append(r.nextBoolean() ? 'e' : 'E');
            if (r.nextBoolean()) {
                sb.append(r.nextBoolean() ? '-' : '+');
            }
            int expDigits = r.nextInt(4) == 0 ? 1 + r.nextInt(30) : 1 + r.nextInt(4);
            for (int i = 0; i < expDigits; i++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
        }
        switch (r.nextInt(12)) {
            case 0 -> sb.insert(r.nextInt(sb.length() + 1), (char) (' ' + r.nextInt(95)));
            case 1 -> sb.append(' ');
            case 2 -> sb.setLength(Math.max(1, sb.length() - 1));
            default -> { }
        }
        return sb.toString();
    }

    /** What Java makes of the text, or {@code null} when it is not a number in the type's range. */
    static BigDecimal expected(String text, String type) {
        String t = text.trim();
        if (t.length() > 60 || t.isEmpty() || !Character.isDigit(t.charAt(t.length() - 1))) {
            return null;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
        if (Math.abs((long) d.precision() - d.scale()) > 300 || d.scale() > 300) {
            return null;
        }
        return switch (type) {
            case "i", "l", "s", "b", "bi", "ci" -> {
                try {
                    BigInteger v = d.toBigIntegerExact();
                    int bits = switch (type) {
                        case "i", "ci" -> 31;
                        case "l" -> 63;
                        case "s" -> 15;
                        case "b" -> 7;
                        default -> Integer.MAX_VALUE;
                    };
                    yield v.bitLength() <= bits ? new BigDecimal(v) : null;
                } catch (ArithmeticException e) {
                    yield null;
                }
            }
            case "d", "cd" -> Double.isInfinite(d.doubleValue()) ? null : d;
            case "f" -> Float.isInfinite(d.floatValue()) ? null : d;
            default -> d;
        };
    }

    @Test
    void bodyNumbersAreValuesOr422AtTheirField() {
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
            int n = cases(400);
            for (int c = 0; c < n; c++) {
                Random r = random("body", c);
                String type = TYPES.get(r.nextInt(TYPES.size()));
                String text = number(r);
                boolean asString = r.nextBoolean();
                String json = asString ? "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : text;
                StringBuilder sb = new StringBuilder("{");
                for (String other : TYPES) {
                    sb.append(sb.length() > 1 ? "," : "").append('"').append(other).append("\":")
                            .append(other.equals(type) ? json : "1");
                }
                String body = sb.append('}').toString();
                TestResponse resp = client.post("/body").body(body).send();
                check(resp, List.of("body", type), text, type, asString || isJsonNumber(text), "body " + c + ": " + body);
            }
        });
    }

    @Test
    void parameterNumbersAreValuesOr422AtTheirParameter() {
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
            int n = cases(300);
            List<String[]> positions = List.of(new String[] {"path", "i", "i"}, new String[] {"query", "l", "l"},
                    new String[] {"query", "bi", "bi"}, new String[] {"query", "d", "d"},
                    new String[] {"query", "bd", "bd"}, new String[] {"query", "cd", "cd"},
                    new String[] {"header", "x-s", "s"}, new String[] {"header", "x-f", "f"});
            for (int c = 0; c < n; c++) {
                Random r = random("params", c);
                String[] at = positions.get(r.nextInt(positions.size()));
                String text = number(r).replace("/", "").replace("?", "").replace("#", "").replace("%", "").trim();
                if (text.isEmpty() || text.contains(" ")) {
                    text = "1" + text.replace(" ", "");
                }
                Map<String, String> values = new java.util.HashMap<>(Map.of("i", "1", "l", "2", "bi", "3", "d", "0.5",
                        "bd", "1.25", "cd", "1", "x-s", "4", "x-f", "0.25"));
                values.put(at[1], text);
                TestResponse resp = client.get("/p/" + values.get("i")).query("l", values.get("l"))
                        .query("bi", values.get("bi")).query("d", values.get("d")).query("bd", values.get("bd"))
                        .query("cd", values.get("cd")).header("x-s", values.get("x-s")).header("x-f", values.get("x-f"))
                        .send();
                boolean integerSyntax = !at[2].equals("d") && !at[2].equals("bd") && !at[2].equals("cd")
                        && !at[2].equals("f") ? text.matches("[+-]?[0-9]+") : true;
                check(resp, List.of(at[0], at[1]), text, at[2], integerSyntax, at[0] + " " + at[1] + " " + c + ": " + text);
            }
        });
    }

    private static boolean isJsonNumber(String text) {
        return text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    }

    private static void check(TestResponse resp, List<Object> loc, String text, String type, boolean syntaxOk,
                              String where) {
        int status = resp.status();
        if (status != 200 && status != 422) {
            fail(where + " answered " + status + ": " + resp.body());
        }
        JsonNode json;
        try {
            json = EXACT.readTree(resp.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(where + ": not JSON: " + resp.body(), e);
        }
        BigDecimal want = syntaxOk ? expected(text, type) : null;
        if (status == 422) {
            JsonNode problem = json.at("/detail/0");
            String kind = problem.at("/type").asText();
            assertTrue(NUMBER_PROBLEMS.contains(kind), where + ": " + resp.body());
            if (!kind.equals("json_invalid")) {
                assertEquals(loc.toString(), Apps.M.convertValue(problem.at("/loc"), List.class).toString(), where);
            }
            boolean constrained = type.startsWith("c");
            if (want != null && !constrained && !kind.equals("int_from_float")) {
                fail(where + ": " + text + " is a valid " + type + " but answered " + resp.body());
            }
            return;
        }
        JsonNode value = json.get(loc.get(1).toString().replace("x-", ""));
        if (want != null && value != null && !type.equals("f") && !type.equals("d") && !type.equals("cd")) {
            assertEquals(0, new BigDecimal(value.asText()).compareTo(want), where + ": " + resp.body());
        }
    }
}
