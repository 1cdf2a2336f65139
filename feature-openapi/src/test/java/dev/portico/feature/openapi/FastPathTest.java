package dev.portico.feature.openapi;

import static dev.portico.feature.openapi.Apps.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.portico.api.JsonCodec;
import dev.portico.api.spi.Feature;
import dev.portico.api.spi.FeatureContext;
import dev.portico.core.Resolver;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Length;
import dev.portico.feature.openapi.annotations.Max;
import dev.portico.feature.openapi.annotations.Min;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.feature.openapi.internal.CheckedRecord;
import dev.portico.feature.openapi.internal.Shapes;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one-pass path of records of plain scalars ({@link CheckedRecord}) gives exactly the answers of
 * the general path (parse to values, check, write back, read with the codec; on results, write,
 * parse back, check): the same application is run with the default codec (fast path) and with the
 * same codec behind {@code serializer(...)} (not the default codec, so the general path), over a
 * catalogue of good and hostile bodies and results.
 */
class FastPathTest {
    /** Any annotation named Nullable marks a component optional. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    public @interface Nullable {
    }

    /** A record of every plain scalar the fast path takes. */
    public record Item(@Length(min = 1, max = 10) String name, @Min(1) @Max(100) int qty, @Nullable Long big,
                       double price, boolean gift, @Nullable Boolean wrap, short small, byte tiny,
                       @Nullable @Length(max = 3) String note) {
    }

    /** Its constructor refuses some values. */
    public record Strict(@Length(min = 1) String name) {
        public Strict {
            if (name.equals("boom")) {
                throw new IllegalArgumentException("boom");
            }
        }
    }

    public static class Api {
        @Post(value = "/items", status = 201)
        public Item create(@Body Item item) {
            return item;
        }

        @Post("/twisted")
        public Item twisted(@Body Item item) {
            // Results that fail their checks (qty 0, name too long), or carry nulls and NaN.
            return switch (item.name()) {
                case "zero" -> new Item("zero", 0, null, 1, false, null, (short) 0, (byte) 0, null);
                case "long" -> new Item("x".repeat(11), 1, null, 1, false, null, (short) 0, (byte) 0, null);
                case "null" -> new Item(null, 1, null, 1, false, null, (short) 0, (byte) 0, null);
                case "nan" -> new Item("nan", 1, 5L, Double.NaN, true, true, (short) 1, (byte) 1, "n");
                case "inf" -> new Item("inf", 1, 5L, Double.POSITIVE_INFINITY, true, true, (short) 1, (byte) 1, "n");
                default -> item;
            };
        }

        @Post("/strict")
        public String strict(@Body Strict s) {
            return s.name();
        }
    }

    /** Captures the application's codec. */
    static final class Capture implements Feature {
        JsonCodec codec;

        @Override
        public String id() {
            return "capture";
        }

        @Override
        public void setup(FeatureContext context) {
            codec = context.json();
        }
    }

    private static final Capture DEFAULT = new Capture();
    private static final PorticoClient FAST = PorticoClient.of(Resolver.builder().debug(false)
            .register(DEFAULT).include(OpenApi.routes(new Api())).build());
    private static final PorticoClient GENERAL = PorticoClient.of(Resolver.builder().debug(false)
            .serializer(FastPathTest::write).include(OpenApi.routes(new Api())).build());

    private static String write(Object value) {
        try {
            return new String(DEFAULT.codec.write(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String OK = "{\"name\":\"pen\",\"qty\":2,\"big\":9007199254740993,\"price\":1.5,\"gift\":true,"
            + "\"wrap\":false,\"small\":3,\"tiny\":4,\"note\":\"abc\"}";

    private static List<String> bodies() {
        List<String> b = new ArrayList<>();
        b.add(OK);
        b.add("{\"name\":\"pen\",\"qty\":2,\"price\":1,\"gift\":false,\"small\":0,\"tiny\":0}");
        b.add("  {\"tiny\":0,\"small\":0,\"gift\":false,\"price\":1,\"qty\":2,\"name\":\"pen\"}\n");
        // Lax conversions.
        b.add("{\"name\":\"pen\",\"qty\":\"2\",\"price\":\"1.25\",\"gift\":\"yes\",\"small\":\" 3 \",\"tiny\":\"-4\",\"wrap\":1}");
        b.add("{\"name\":\"pen\",\"qty\":2.0,\"price\":1e2,\"gift\":0,\"small\":1E1,\"tiny\":-0}");
        b.add("{\"name\":\"pen\",\"qty\":2,\"price\":-0.0,\"gift\":\"off\",\"small\":0,\"tiny\":0,\"big\":\"12\"}");
        // Nulls, missing, wrong types.
        b.add("{\"name\":\"pen\",\"qty\":2,\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0,\"big\":null,\"wrap\":null,\"note\":null}");
        b.add("{\"name\":null,\"qty\":2,\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"qty\":2,\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{}");
        b.add("{\"name\":5,\"qty\":true,\"price\":\"x\",\"gift\":2,\"small\":[],\"tiny\":{}}");
        b.add("{\"name\":[\"a\"],\"qty\":2,\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"name\":{\"a\":1},\"qty\":2,\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        // Constraints and ranges.
        b.add("{\"name\":\"\",\"qty\":0,\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"name\":\"elevenchars\",\"qty\":101,\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0,\"note\":\"abcd\"}");
        b.add("{\"name\":\"pen\",\"qty\":2147483648,\"price\":1,\"gift\":true,\"small\":32768,\"tiny\":128}");
        b.add("{\"name\":\"pen\",\"qty\":1.5,\"price\":1e400,\"gift\":true,\"small\":0,\"tiny\":0,\"big\":9223372036854775808}");
        b.add("{\"name\":\"pen\",\"qty\":2,\"price\":-1e400,\"gift\":true,\"small\":0,\"tiny\":0,\"big\":-9223372036854775808}");
        b.add("{\"name\":\"pen\",\"qty\":1e2,\"price\":1e-400,\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"name\":\"pen\",\"qty\":" + "9".repeat(999) + ",\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"name\":\"pen\",\"qty\":" + "9".repeat(1001) + ",\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"name\":\"pen\",\"qty\":\"" + "9".repeat(5000) + "\",\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"name\":\"pen\",\"qty\":\"1e999999999\",\"price\":\"1e-999999999\",\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"name\":\"pen\",\"qty\":\"2\\u0000\",\"price\":\"NaN\",\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"name\":\"pen\",\"qty\":2,\"price\":NaN,\"gift\":true,\"small\":0,\"tiny\":0}");
        // Text: non-ASCII (lengths count code points), control characters, huge strings.
        b.add("{\"name\":\"日本\\u0000\\r\\n\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\",\"qty\":2,\"price\":1,"
                + "\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"name\":\"" + "\uD83D\uDE00".repeat(10) + "\",\"qty\":2,\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"name\":\"" + "\uD83D\uDE00".repeat(11) + "\",\"qty\":2,\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"name\":\"\\uD800\",\"qty\":2,\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"name\":\"a\u0001\",\"qty\":2,\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"name\":\"" + "x".repeat(200_000) + "\",\"qty\":2,\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"n\u00e4me\":\"pen\",\"qty\":2,\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        // Duplicate and unknown keys, nesting, trailing content, not objects.
        b.add("{\"name\":\"pen\",\"name\":\"\",\"qty\":2,\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"name\":\"\",\"name\":\"pen\",\"qty\":2,\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("{\"name\":\"pen\",\"qty\":2,\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0,\"extra\":[1,{\"a\":null}]}");
        b.add("{\"name\":\"pen\",\"qty\":" + "[".repeat(3000) + "]".repeat(3000) + ",\"price\":1,\"gift\":true,\"small\":0,\"tiny\":0}");
        b.add("[".repeat(100_000));
        b.add(OK + " {}");
        b.add(OK + " x");
        b.add("{\"name\":\"pen\",\"qty\":2,");
        b.add("[" + OK + "]");
        b.add("null");
        b.add("\"pen\"");
        b.add("");
        b.add("   ");
        b.add("{\"name\":\"pen\" \"qty\":2}");
        return b;
    }

    @Test
    void onlyTheDefaultCodecTakesTheFastPath() {
        assertTrue(DEFAULT.codec.isDefault(), "core's default codec says it is the default");
        assertTrue(new AppSettings(DEFAULT.codec, 500).defaultCodec());
        Capture other = new Capture();
        Resolver.builder().serializer(FastPathTest::write).register(other).build();
        assertFalse(other.codec.isDefault(), "a serializer(...) codec is not the default");
        assertFalse(new AppSettings(other.codec, 500).defaultCodec());
    }

    @Test
    void bodiesGetTheAnswersOfTheGeneralPath() {
        for (String path : List.of("/items", "/twisted")) {
            for (String body : bodies()) {
                same(FAST.post(path).body(body).send(), GENERAL.post(path).body(body).send(), path + " " + abbreviated(body));
            }
        }
        for (String name : List.of("zero", "long", "null", "nan", "inf")) {
            String body = OK.replace("\"pen\"", "\"" + name + "\"");
            same(FAST.post("/twisted").body(body).send(), GENERAL.post("/twisted").body(body).send(), name);
        }
        for (String body : List.of("{\"name\":\"ok\"}", "{\"name\":\"boom\"}", "{\"name\":\"\"}")) {
            same(FAST.post("/strict").body(body).send(), GENERAL.post("/strict").body(body).send(), body);
        }
    }

    @Test
    void exactAnswers() {
        TestResponse ok = FAST.post("/items").body(OK).send();
        assertEquals(201, ok.status());
        assertEquals("{\"name\":\"pen\",\"qty\":2,\"big\":9007199254740993,\"price\":1.5,\"gift\":true,\"wrap\":false,"
                + "\"small\":3,\"tiny\":4,\"note\":\"abc\"}", ok.body());
        TestResponse lax = FAST.post("/items")
                .body("{\"name\":\"pen\",\"qty\":\"2\",\"price\":\"1.25\",\"gift\":\"yes\",\"small\":\" 3 \",\"tiny\":\"-4\"}").send();
        assertEquals("{\"name\":\"pen\",\"qty\":2,\"big\":null,\"price\":1.25,\"gift\":true,\"wrap\":null,\"small\":3,"
                + "\"tiny\":-4,\"note\":null}", lax.body());
        assertEquals(problem(List.of("body", "qty"), "greater_than_equal", "Input should be greater than or equal to 1"),
                FAST.post("/items").body(OK.replace("\"qty\":2", "\"qty\":0")).send().json());
        assertEquals(problem(List.of("body", "name"), "string_too_short", "String should have at least 1 character"),
                FAST.post("/items").body(OK.replace("\"name\":\"pen\"", "\"name\":\"pen\",\"name\":\"\"")).send().json());
        TestResponse bad = FAST.post("/twisted").body(OK.replace("\"pen\"", "\"zero\"")).send();
        assertEquals(500, bad.status());
        assertEquals("Value error, the value cannot be read as Strict",
                FAST.post("/strict").body("{\"name\":\"boom\"}").send().json().get("detail").get(0).get("msg").asText());
    }

    @Test
    void compiledOnlyForRecordsOfPlainScalars() {
        Shapes shapes = new Shapes();
        CheckedRecord item = CheckedRecord.of(shapes.of(Item.class));
        assertNotNull(item);
        item.prime();
        Object read = item.read(OK.getBytes(StandardCharsets.UTF_8));
        assertEquals(new Item("pen", 2, 9007199254740993L, 1.5, true, false, (short) 3, (byte) 4, "abc"), read);
        assertSame(CheckedRecord.FALLBACK, item.read("{\"name\":\"\"}".getBytes(StandardCharsets.UTF_8)));
        assertNull(CheckedRecord.of(shapes.of(Todo.class)), "an Optional component");
        assertNull(CheckedRecord.of(shapes.of(Order.class)), "nested values");
        assertNull(CheckedRecord.of(shapes.of(Pet.class)), "a bean");
    }

    @Test
    void smallIntegersConvertAsTheGeneralConversionDoes() {
        java.util.Random random = new java.util.Random(12);
        List<String> texts = new ArrayList<>(List.of("0", "-0", "1", "-1", "127", "128", "-128", "-129", "32767", "32768",
                "-32768", "-32769", "2147483647", "2147483648", "-2147483648", "-2147483649", "999999999999999999",
                "-999999999999999999", "1000000000000000000", "9223372036854775807", "-9223372036854775808", "-", ""));
        for (int i = 0; i < 20_000; i++) {
            long v = switch (i % 4) {
                case 0 -> random.nextInt(256) - 128;
                case 1 -> random.nextInt();
                case 2 -> random.nextLong() / (1L << random.nextInt(63));
                default -> random.nextLong();
            };
            texts.add(Long.toString(v));
        }
        for (Class<?> raw : List.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class,
                byte.class, Byte.class, double.class, java.math.BigInteger.class)) {
            for (String t : texts) {
                Object fast = dev.portico.feature.openapi.internal.Numbers.smallInteger(t, raw);
                if (fast != null) {
                    var general = dev.portico.feature.openapi.internal.Numbers.convert(
                            dev.portico.feature.openapi.internal.Numbers.parse(t), raw);
                    assertEquals(dev.portico.feature.openapi.internal.Numbers.Outcome.OK, general.outcome(), t + " " + raw);
                    assertEquals(general.value(), fast, t + " " + raw);
                }
            }
        }
        assertEquals(5, dev.portico.feature.openapi.internal.Numbers.smallInteger("5", int.class));
        assertNull(dev.portico.feature.openapi.internal.Numbers.smallInteger("2147483648", int.class));
    }

    private static void same(TestResponse fast, TestResponse general, String what) {
        assertEquals(general.status(), fast.status(), what);
        assertEquals(general.body(), fast.body(), what);
        assertEquals(general.headers().toString(), fast.headers().toString(), what);
    }

    private static String abbreviated(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
