package dev.portico.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link DirectWriter} writes exactly the bytes jackson-jr (as {@link JrBinding} sets it up, the
 * writer for everything before it) writes, and leaves to jackson-jr what it does not write itself.
 */
class DirectWriterTest {
    private static final JsonFactory FACTORY = DefaultJsonCodec.newFactory();
    private static final JrBinding.Jr JR = JrBinding.create(FACTORY, Mappers::standard);
    private static final DefaultJsonCodec CODEC = new DefaultJsonCodec();

    /** Status values. */
    public enum Level { LOW, HIGH }

    /** A record of records, lists, maps and Optionals. */
    public record Order(long id, List<Line> lines, Map<Level, Line> byLevel, Optional<Line> first, Level level,
                        DayOfWeek day, Month month, Character initial, OptionalDouble discount) {
    }

    /** A line. */
    public record Line(String sku, BigDecimal price, Instant at) {
    }

    /** A record with an extra getter: jackson-jr decides whether it is a property. */
    public record WithGetter(String name) {
        public String getUpper() {
            return name.toUpperCase();
        }
    }

    /** A record whose component looks like a getter. */
    public record WithIsName(boolean isActive, String getter) {
    }

    /** A record with an annotated accessor: the mapper writes it. */
    public record Hidden(String shown, String secret) {
        @JsonIgnore
        @Override
        public String secret() {
            return secret;
        }
    }

    /** A bean. */
    public static final class Bean {
        public int count = 3;
    }

    private record Private(int a, String b) {
    }

    private static String direct(Object v) throws Exception {
        byte[] b = DirectWriter.toBytes(FACTORY, v);
        assertNotNull(b, () -> "not written directly: " + v);
        String jr = new String(JR.asBytes(v), StandardCharsets.UTF_8);
        assertArrayEquals(JR.asBytes(v), b, () -> "for " + v + ": jackson-jr writes " + jr);
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void writesRecordsAndContainersAsJacksonJrDoes() throws Exception {
        Line a = new Line("s\u00e9\u0000\"\\", new BigDecimal("1E+2"), Instant.parse("2024-01-02T03:04:05Z"));
        Line b = new Line(null, new BigDecimal("-0.50"), null);
        Map<Level, Line> byLevel = new EnumMap<>(Level.class);
        byLevel.put(Level.HIGH, a);
        byLevel.put(Level.LOW, null);
        assertEquals("{\"id\":9,\"lines\":[{\"sku\":\"s\u00e9\\u0000\\\"\\\\\",\"price\":100,"
                + "\"at\":\"2024-01-02T03:04:05Z\"},{\"sku\":null,\"price\":-0.50,\"at\":null}],"
                + "\"byLevel\":{\"LOW\":null,\"HIGH\":{\"sku\":\"s\u00e9\\u0000\\\"\\\\\",\"price\":100,"
                + "\"at\":\"2024-01-02T03:04:05Z\"}},\"first\":null,\"level\":\"HIGH\",\"day\":\"MONDAY\","
                + "\"month\":\"MAY\",\"initial\":\"\u00e9\",\"discount\":0.25}",
                direct(new Order(9, List.of(a, b), byLevel, Optional.empty(), Level.HIGH, DayOfWeek.MONDAY,
                        Month.MAY, '\u00e9', OptionalDouble.of(0.25))));
        assertEquals("{\"a\":1,\"b\":\"x\"}", direct(new Private(1, "x")));
        Map<Object, Object> keys = new LinkedHashMap<>();
        keys.put(Level.LOW, List.of());
        keys.put(42, new TreeMap<>(Map.of("z", 1, "a", 2)));
        keys.put(ZoneOffset.UTC, new ArrayDeque<>(List.of(-0.0, Float.NaN, Long.MIN_VALUE, (short) 7)));
        assertEquals("{\"LOW\":[],\"42\":{\"a\":2,\"z\":1},\"Z\":[-0.0,\"NaN\",-9223372036854775808,7]}", direct(keys));
        for (Object v : Arrays.asList(null, "", 1, true, new LinkedHashSet<>(List.of("b", "a")), new Line[0],
                new Object[] {null, Optional.of(Optional.of(Level.LOW))}, "\uD83D\uDE00\u2028".repeat(50_000),
                Arrays.asList(1, null), Optional.of(new ArrayList<>(List.of(Map.of()))))) {
            direct(v);
        }
    }

    @Test
    void leavesToJacksonJrWhatItDoesNotWrite() throws Exception {
        Map<String, Object> mixed = new LinkedHashMap<>();
        mixed.put("line", new Line("s", BigDecimal.ONE, null));
        mixed.put("bean", new Bean());
        Map<Object, Object> nullKey = new LinkedHashMap<>();
        nullKey.put(null, 1);
        for (Object v : List.of(new Bean(), mixed, List.of(1, new int[] {1}), new WithGetter("n"),
                new WithIsName(true, "g"), new Hidden("a", "b"), Optional.of(new StringBuilder("sb")), nullKey,
                new java.util.Date(0L))) {
            assertNull(DirectWriter.toBytes(FACTORY, v), () -> "written directly: " + v);
        }
        assertEquals("{\"line\":{\"sku\":\"s\",\"price\":1,\"at\":null},\"bean\":{\"count\":3}}",
                new String(CODEC.write(mixed), StandardCharsets.UTF_8));
        assertArrayEquals(JR.asBytes(new WithGetter("n")), CODEC.write(new WithGetter("n")));
        assertArrayEquals(JR.asBytes(new WithIsName(true, "g")), CODEC.write(new WithIsName(true, "g")));
    }

    @Test
    void nestingBeyondTheWriteLimitFailsAsWithJacksonJr() {
        Object deep = "leaf";
        for (int i = 0; i < 5_000; i++) {
            deep = List.of(deep);
        }
        Object value = deep;
        assertThrows(StreamConstraintsException.class, () -> DirectWriter.toBytes(FACTORY, value));
        assertThrows(StreamConstraintsException.class, () -> JR.asBytes(value));
    }
}
