package dev.portico.feature.openapi;

import static dev.portico.feature.openapi.Apps.json;
import static dev.portico.feature.openapi.Apps.locTypes;
import static dev.portico.feature.openapi.Apps.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
import org.junit.jupiter.api.Test;

/**
 * Issue 13, items 2 and 3: numbers with huge exponents or digit counts, and numbers out of range,
 * in every typed position, answer a 422 with the field's location (never a 500, never a CPU pinned
 * computing a power). The preemptive timeout only stops a regression from hanging the build.
 */
class NumberBombTest {
    private static final Duration GUARD = Duration.ofSeconds(10);
    private static final String DIGITS = "9".repeat(100_000);

    /** Every numeric Java type, constrained and not. */
    public record Numbers(int quantity, long count, short small, byte tiny, BigInteger big, double ratio,
                          float share, BigDecimal price, @Min(0) @Max(10) double bounded) {
    }

    public static class Api {
        @Post("/numbers")
        public String numbers(@Body Numbers n) {
            return n.quantity() + " " + n.count() + " " + n.big() + " " + n.ratio() + " " + n.price();
        }

        @Get("/search/{n}")
        public String search(@Path("n") int n, @Query("min") @Min(0) Double min, @Query("big") BigInteger big,
                             @Query("price") BigDecimal price, @Header("x-count") long count) {
            return n + " " + min + " " + big + " " + price + " " + count;
        }
    }

    private final PorticoClient client = Apps.client(new Api());

    private static String body(String field, String value) {
        String base = "{\"quantity\":1,\"count\":2,\"small\":3,\"tiny\":4,\"big\":5,\"ratio\":0.5,\"share\":0.25,"
                + "\"price\":\"9.99\",\"bounded\":5}";
        return base.replaceFirst("\"" + field + "\":[^,}]+", "\"" + field + "\":" + value);
    }

    private TestResponse post(String field, String value) {
        return assertTimeoutPreemptively(GUARD, () -> client.post("/numbers").body(body(field, value)).send());
    }

    private TestResponse get(String n, String min, String big, String price, String count) {
        return assertTimeoutPreemptively(GUARD, () -> client.get("/search/" + n).query("min", min).query("big", big)
                .query("price", price).header("x-count", count).send());
    }

    @Test
    void validNumbersStillBind() {
        assertEquals("1 2 5 0.5 9.99", client.post("/numbers").body(body("quantity", "1")).send().body());
        assertEquals("1000 2 5 0.5 9.99", client.post("/numbers").body(body("quantity", "\"1e3\"")).send().body());
        assertEquals("7 1.5 123 4.50 9", get("7", "1.5", "123", "4.50", "9").body());
    }

    /** White space around a number is read as Python's strip() reads it; NUL and other controls are not white space. */
    @Test
    void controlCharactersAreNotWhiteSpaceAroundNumbers() {
        assertEquals("7 1.5 123 4.50 9", get("7", " 1.5\t", "\n123 ", "4.50", " 9").body());
        for (String hostile : List.of("2\u0000", "\u00002", "2\u0007", "\u0662")) {
            assertEquals(List.of(List.of(List.of("query", "big"), "int_parsing")),
                    locTypes(get("7", "1.5", hostile, "4.50", "9")), hostile);
        }
        assertEquals(List.of(List.of(List.of("query", "min"), "float_parsing")),
                locTypes(get("7", "1.5\u0000", "123", "4.50", "9")));
    }

    @Test
    void theFortySevenByteBodyAnswers422() {
        TestResponse r = assertTimeoutPreemptively(GUARD,
                () -> client.post("/numbers").body("{\"quantity\":\"1e100000000\"}").send());
        assertEquals(422, r.status(), r.body());
        assertEquals(List.of(List.of(List.of("body", "quantity"), "int_parsing_size"),
                List.of(List.of("body", "count"), "missing"), List.of(List.of("body", "small"), "missing"),
                List.of(List.of("body", "tiny"), "missing"), List.of(List.of("body", "big"), "missing"),
                List.of(List.of("body", "ratio"), "missing"), List.of(List.of("body", "share"), "missing"),
                List.of(List.of("body", "price"), "missing"), List.of(List.of("body", "bounded"), "missing")),
                locTypes(r));
    }

    @Test
    void hugeExponentsInEveryBodyFieldAnswer422() {
        for (String value : List.of("1e100000000", "\"1e100000000\"", "-1e999999999999999999999", "1e1001",
                "\"1E+1001\"")) {
            assertEquals(problem(List.of("body", "quantity"), "int_parsing_size",
                    "Unable to parse input string as an integer, exceeded maximum size"), post("quantity", value).json());
            assertEquals(List.of(List.of(List.of("body", "count"), "int_parsing_size")), locTypes(post("count", value)));
            assertEquals(List.of(List.of(List.of("body", "small"), "int_parsing_size")), locTypes(post("small", value)));
            assertEquals(List.of(List.of(List.of("body", "tiny"), "int_parsing_size")), locTypes(post("tiny", value)));
            assertEquals(List.of(List.of(List.of("body", "big"), "int_parsing_size")), locTypes(post("big", value)));
            assertEquals(problem(List.of("body", "ratio"), "finite_number", "Input should be a finite number"),
                    post("ratio", value).json());
            assertEquals(List.of(List.of(List.of("body", "share"), "finite_number")), locTypes(post("share", value)));
            assertEquals(List.of(List.of(List.of("body", "bounded"), "finite_number")), locTypes(post("bounded", value)));
        }
    }

    @Test
    void numbersOutOfRangeAnswer422() {
        for (String value : List.of("1e999", "\"1e999\"", "-1E+999")) {
            assertEquals(List.of(List.of(List.of("body", "quantity"), "int_parsing_size")), locTypes(post("quantity", value)));
            assertEquals(List.of(List.of(List.of("body", "ratio"), "finite_number")), locTypes(post("ratio", value)));
            assertEquals(List.of(List.of(List.of("body", "share"), "finite_number")), locTypes(post("share", "1e39")));
        }
        // BigInteger holds up to 1000 digits.
        assertEquals("1 2 1" + "0".repeat(999) + " 0.5 9.99", post("big", "1e999").body());
        assertEquals(List.of(List.of(List.of("body", "big"), "int_parsing_size")), locTypes(post("big", "\"1.5e1000\"")));
        String decimal = "0." + "7".repeat(998);
        assertEquals("1 2 5 0.5 " + decimal, post("price", decimal).body());
    }

    @Test
    void decimalsStayWithinTenToThePowerOfAThousand() {
        for (String value : List.of("1e100000000", "\"1e100000000\"", "-1e1001", "1e-100000000", "1e-1001")) {
            assertEquals(problem(List.of("body", "price"), "decimal_max_digits",
                    "Decimal input should have no more than 1000 digits in total"), post("price", value).json());
        }
        assertEquals("1 2 5 0.5 1E+999", post("price", "1e999").body());
        // Found by NumberFuzzTest: zero with an exponent beyond int.
        assertEquals("1 2 5 0.5 0", post("price", "\"0E+2604996947243145736\"").body());
        assertEquals("1 2 5 0.0 9.99", post("ratio", "0e-99999999999").body());
    }

    @Test
    void tinyNumbersAreZeroOrFractions() {
        assertEquals(List.of(List.of(List.of("body", "quantity"), "int_from_float")),
                locTypes(post("quantity", "1e-100000000")));
        assertEquals(List.of(List.of(List.of("body", "quantity"), "int_parsing")),
                locTypes(post("quantity", "\"1e-100000000\"")));
        assertEquals("1 2 5 0.0 9.99", post("ratio", "1e-100000000").body());
        assertEquals("1 2 5 0.5 9.99", post("bounded", "1e-100000000").body());
        // As in Python, a negative number too small for a double is -0.0, which is not below 0.
        assertEquals("1 2 5 0.5 9.99", post("bounded", "-1e-100000000").body());
    }

    @Test
    void manyDigitsAnswer422() {
        // A JSON number longer than jackson-core's limit (1000 digits) is not JSON for the parser.
        TestResponse tooLong = post("quantity", DIGITS);
        assertEquals(422, tooLong.status());
        assertEquals("json_invalid", tooLong.json().at("/detail/0/type").asText());
        assertEquals("body", tooLong.json().at("/detail/0/loc/0").asText());
        for (String field : List.of("quantity", "count", "big")) {
            assertEquals(List.of(List.of(List.of("body", field), "int_parsing")),
                    locTypes(post(field, "\"" + DIGITS + "\"")));
        }
        assertEquals(List.of(List.of(List.of("body", "ratio"), "float_parsing")),
                locTypes(post("ratio", "\"" + DIGITS + "\"")));
        assertEquals("1 2 " + "9".repeat(999) + " 0.5 9.99", post("big", "9".repeat(999)).body());
        assertEquals(List.of(List.of(List.of("body", "quantity"), "int_parsing_size")),
                locTypes(post("quantity", "2147483648")));
        assertEquals("-2147483648 2 5 0.5 9.99", post("quantity", "-2147483648").body());
    }

    @Test
    void hugeNumbersInPathQueryAndHeaderAnswer422() {
        TestResponse r = get("1e999", "1e999", "1e999", "1e100000000", "1e999");
        assertEquals(json("""
                {"statusCode":422,"detail":[
                 {"loc":["path","n"],"type":"int_parsing","msg":"Input should be a valid integer, unable to parse string as an integer"},
                 {"loc":["query","min"],"type":"finite_number","msg":"Input should be a finite number"},
                 {"loc":["query","big"],"type":"int_parsing","msg":"Input should be a valid integer, unable to parse string as an integer"},
                 {"loc":["query","price"],"type":"decimal_max_digits","msg":"Decimal input should have no more than 1000 digits in total"},
                 {"loc":["header","x-count"],"type":"int_parsing","msg":"Input should be a valid integer, unable to parse string as an integer"}]}"""),
                r.json());
        TestResponse digits = get(DIGITS, DIGITS, DIGITS, DIGITS, DIGITS);
        assertEquals(List.of(List.of(List.of("path", "n"), "int_parsing"), List.of(List.of("query", "min"), "float_parsing"),
                List.of(List.of("query", "big"), "int_parsing"), List.of(List.of("query", "price"), "float_parsing"),
                List.of(List.of("header", "x-count"), "int_parsing")), locTypes(digits));
        TestResponse range = get("2147483648", "-1e308", "9".repeat(1001), "1e-5000", "9223372036854775808");
        assertEquals(List.of(List.of(List.of("path", "n"), "int_parsing_size"),
                List.of(List.of("query", "min"), "greater_than_equal"),
                List.of(List.of("query", "big"), "int_parsing"),
                List.of(List.of("query", "price"), "decimal_max_digits"),
                List.of(List.of("header", "x-count"), "int_parsing_size")), locTypes(range));
    }
}
