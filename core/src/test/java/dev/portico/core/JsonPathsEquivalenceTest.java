package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.JsonCodec;
import dev.portico.core.internal.DefaultJsonCodec;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The default codec (jackson-jr) and the standard {@code ObjectMapper} ({@code objectMapper(
 * Resolver.newObjectMapper())}) write the same bytes and read the same values for a catalogue of
 * types, and answer the same bad bodies with the same 400s.
 */
class JsonPathsEquivalenceTest {
    private static final JsonCodec JR = new DefaultJsonCodec();
    private static final JsonCodec MAPPER = new MapperCodec(Resolver.newObjectMapper());

    /** Status values. */
    public enum Status { OPEN, DONE }

    /** An enum whose toString is not its name. */
    public enum Shouty {
        LOW, HIGH {
            @Override
            public String toString() {
                return "high!";
            }
        };

        @Override
        public String toString() {
            return name().toLowerCase();
        }
    }

    /** A plain record. */
    public record Todo(int id, String title, boolean done) {
    }

    /** A record of most supported types. */
    public record Everything(long big, double ratio, float f, short s, byte b, Integer boxed, BigDecimal price,
                             BigInteger huge, Status status, UUID uuid, URI uri, Path path, Instant at,
                             LocalDate day, LocalDateTime local, LocalTime time, OffsetDateTime offset,
                             ZonedDateTime zoned, Year year, YearMonth month, MonthDay monthDay, Duration duration,
                             Period period, ZoneId zone, List<Todo> todos, Map<String, Todo> byName,
                             Map<String, List<Integer>> groups, Todo[] array, Object any, String text) {
    }

    /** A recursive record. */
    public record Node(String name, List<Node> children) {
    }

    /** A record with an Optional component (read by the mapper, written by either). */
    public record WithOptional(Optional<String> note, OptionalInt count) {
    }

    /** A record whose annotation is honoured on both paths (by the mapper). */
    public record Renamed(@JsonProperty("full_name") String name, int age) {
    }

    /** A bean with a superclass. */
    public static class Base {
        private String id;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }
    }

    /** A bean: properties in field order, an is-getter, a public field. */
    public static class Bean extends Base {
        private String zeta;
        private boolean active;
        private List<Todo> items;
        private Status status;
        public int count;

        public String getZeta() {
            return zeta;
        }

        public void setZeta(String zeta) {
            this.zeta = zeta;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public List<Todo> getItems() {
            return items;
        }

        public void setItems(List<Todo> items) {
            this.items = items;
        }

        public Status getStatus() {
            return status;
        }

        public void setStatus(Status status) {
            this.status = status;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bean b && Objects.equals(getId(), b.getId()) && Objects.equals(zeta, b.zeta)
                    && active == b.active && Objects.equals(items, b.items) && status == b.status && count == b.count;
        }

        @Override
        public int hashCode() {
            return Objects.hash(getId(), zeta, active, items, status, count);
        }
    }

    /** A record without components. */
    public record Empty() {
    }

    /** An address. */
    public record Address(String street, String city) {
    }

    /** A record of nested records, lists, maps, enums, decimals, java.time and UUIDs (a plain record). */
    public record Person(String name, int age, boolean active, Address address, List<Address> previous,
                         List<String> tags, Map<String, Integer> scores, Status status, BigDecimal balance,
                         Instant since, LocalDate born, OffsetDateTime seen, Duration shift, UUID id, double ratio,
                         long big, Integer boxed) {
    }

    /** A record with a getter beside its accessors (jackson-jr's introspection defines it). */
    public record WithGetter(String name) {
        public String getUpper() {
            return name == null ? null : name.toUpperCase();
        }
    }

    /** A record with an is-method. */
    public record WithIs(String name) {
        public boolean isLong() {
            return name != null && name.length() > 3;
        }
    }

    /** A record whose components are named like bean accessors. */
    public record BeanNamed(boolean isActive, String getter) {
    }

    /** A generic record whose components do not use its type parameter. */
    public record Tagged<T>(String tag, int count) {
    }

    /** A generic record (read by the mapper). */
    public record Box<T>(T value) {
    }

    /** A class without properties: the mapper refuses to write it, so the default codec does too. */
    public static final class NoProperties {
    }

    @Test
    void emptyRecordsAndBeansAsTheMapperWritesThem() throws Exception {
        Exception mapper = null;
        try {
            MAPPER.write(new NoProperties());
        } catch (Exception e) {
            mapper = e;
        }
        Exception jr = null;
        try {
            JR.write(new NoProperties());
        } catch (Exception e) {
            jr = e;
        }
        assertNotNull(mapper);
        assertNotNull(jr);
        assertEquals(mapper.getClass(), jr.getClass());
        assertEquals("{}", same(new Empty()));
    }

    private static String text(JsonCodec codec, Object value) throws Exception {
        return new String(codec.write(value), StandardCharsets.UTF_8);
    }

    private static String same(Object value) throws Exception {
        String jr = text(JR, value);
        assertEquals(text(MAPPER, value), jr, () -> "for " + value);
        return jr;
    }

    private static Everything everything() {
        return new Everything(Long.MAX_VALUE, 0.1, 0.1f, (short) -2, (byte) 7, null, new BigDecimal("1E+3"),
                new BigInteger("123456789012345678901234567890"), Status.DONE,
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), URI.create("https://example.com/a?b=c"),
                Path.of("/tmp/a b/c.txt"), Instant.parse("2024-01-02T03:04:05.123Z"), LocalDate.of(2024, 2, 29),
                LocalDateTime.of(2024, 2, 29, 23, 59, 1), LocalTime.of(7, 8), OffsetDateTime.parse("2024-05-06T07:08:09+02:00"),
                ZonedDateTime.parse("2024-05-06T07:08:09+02:00[Europe/Paris]"), Year.of(2024), YearMonth.of(2024, 5),
                MonthDay.of(2, 29), Duration.ofMinutes(90), Period.ofDays(3), ZoneId.of("Europe/Paris"),
                List.of(new Todo(1, "a", false), new Todo(2, null, true)), Map.of("x", new Todo(3, "x", true)),
                Map.of("g", List.of(1, 2)), new Todo[] {new Todo(4, "arr", false)},
                new LinkedHashMap<>(Map.of("k", List.of(1, "two", 3.5))), "h\u00e9llo \u2713 \uD83D\uDE00");
    }

    private static Person person() {
        return new Person("Zo\u00eb \u6771\u4eac \uD83D\uDE00", 41, true, new Address("R\u00fce 1", "K\u00f8benhavn"),
                Arrays.asList(new Address("a", null), null), List.of("x", "\u00e9"), Map.of("m", 1), Status.DONE,
                new BigDecimal("-12.50"), Instant.parse("2024-01-02T03:04:05.123Z"), LocalDate.of(1983, 2, 28),
                OffsetDateTime.parse("2024-05-06T07:08:09+02:00"), Duration.ofHours(8),
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), 0.25, 9007199254740993L, null);
    }

    @Test
    void writesTheSameBytesForACatalogueOfValues() throws Exception {
        assertEquals("{\"id\":1,\"title\":\"Write docs\",\"done\":false}", same(new Todo(1, "Write docs", false)));
        assertEquals("{\"big\":9223372036854775807,\"ratio\":0.1,\"f\":0.1,\"s\":-2,\"b\":7,\"boxed\":null,"
                + "\"price\":1000,\"huge\":123456789012345678901234567890,\"status\":\"DONE\","
                + "\"uuid\":\"123e4567-e89b-12d3-a456-426614174000\",\"uri\":\"https://example.com/a?b=c\","
                + "\"path\":\"/tmp/a b/c.txt\",\"at\":\"2024-01-02T03:04:05.123Z\",\"day\":\"2024-02-29\","
                + "\"local\":\"2024-02-29T23:59:01\",\"time\":\"07:08\",\"offset\":\"2024-05-06T07:08:09+02:00\","
                + "\"zoned\":\"2024-05-06T07:08:09+02:00[Europe/Paris]\",\"year\":\"2024\",\"month\":\"2024-05\","
                + "\"monthDay\":\"--02-29\",\"duration\":\"PT1H30M\",\"period\":\"P3D\",\"zone\":\"Europe/Paris\","
                + "\"todos\":[{\"id\":1,\"title\":\"a\",\"done\":false},{\"id\":2,\"title\":null,\"done\":true}],"
                + "\"byName\":{\"x\":{\"id\":3,\"title\":\"x\",\"done\":true}},\"groups\":{\"g\":[1,2]},"
                + "\"array\":[{\"id\":4,\"title\":\"arr\",\"done\":false}],\"any\":{\"k\":[1,\"two\",3.5]},"
                + "\"text\":\"h\u00e9llo \u2713 \\uD83D\\uDE00\"}", same(everything()));
        Bean bean = new Bean();
        bean.setId("b1");
        bean.setZeta("z");
        bean.setItems(List.of());
        bean.count = 2;
        assertEquals("{\"id\":\"b1\",\"zeta\":\"z\",\"active\":false,\"items\":[],\"status\":null,\"count\":2}",
                same(bean));
        assertEquals("{\"full_name\":\"Ann\",\"age\":3}", same(new Renamed("Ann", 3)));
        assertEquals("[\"OPEN\",\"LOW\",\"HIGH\"]", same(List.of(Status.OPEN, Shouty.LOW, Shouty.HIGH)));
        Map<Object, Object> keys = new LinkedHashMap<>();
        keys.put(Shouty.HIGH, 1);
        keys.put(7, null);
        keys.put("s", Optional.empty());
        assertEquals("{\"HIGH\":1,\"7\":null,\"s\":null}", same(keys));
        assertEquals("{\"note\":\"n\",\"count\":null}", same(new WithOptional(Optional.of("n"), OptionalInt.empty())));
        assertEquals("\"\\u0000\\u001F\\t\\n\\\"\\\\</script>\u2028\"", same("\u0000\u001f\t\n\"\\</script>\u2028"));

        List<Object> catalogue = new ArrayList<>(Arrays.asList(null, 1, -1L, (short) 3, (byte) -4, 1.5, 0.1f, 1e300,
                Double.NaN, Float.POSITIVE_INFINITY, new BigDecimal("0.000001"), new BigDecimal("-1.50"),
                new BigInteger("-99999999999999999999"), true, 'c', "", "x", Status.OPEN, List.of(), Map.of(),
                new Object[0], new int[] {1, 2}, new long[] {3}, new double[] {1.25}, new boolean[] {true},
                new char[] {'a', 'b'}, new byte[] {1, 2, 3}, new String[] {"a", null}, Optional.empty(), Optional.of(5),
                Optional.of(new Todo(1, "t", true)), OptionalInt.of(3), OptionalLong.empty(), OptionalDouble.of(2.5),
                new LinkedHashSet<>(List.of("b", "a")), new EnumMap<>(Map.of(Status.DONE, "d")),
                Arrays.asList(1, null, "x"), ZoneOffset.ofHours(-3), new Date(0L), Map.entry("k", 1),
                MAPPER.readTree("{\"tree\":[1,{\"a\":null}]}".getBytes(StandardCharsets.UTF_8)),
                new Node("root", List.of(new Node("leaf", List.of()))), new Node("n", null),
                List.of(List.of(List.of())), Map.of("m", Map.of("n", Map.of()))));
        catalogue.add("\uD83D\uDE00".repeat(10_000) + "\u0001".repeat(1000));
        catalogue.addAll(List.of(person(), new Address("\u6771\u4eac", null), new WithGetter("abcd"), new WithIs("ab"),
                new BeanNamed(true, "g"), new Tagged<String>("t", 1), new Box<>(List.of(new Address("a", "b"))),
                Map.of("p", List.of(person())), new Person(null, 0, false, null, null, null, null, null, null, null, null,
                        null, null, null, -0.0, Long.MIN_VALUE, null)));
        Object deep = "leaf";
        for (int i = 0; i < 600; i++) {
            deep = List.of(deep);
        }
        catalogue.add(deep);
        for (Object v : catalogue) {
            same(v);
        }
        assertEquals("\"/tmp/x\"", same(Path.of("/tmp/x")));
        assertEquals("{\"name\":\"n\",\"children\":null}", same(new Node("n", null)));
    }

    private static final Type LIST_OF_TODO = new TypeReference<List<Todo>>() { }.getType();
    private static final Type MAP_OF_TODO = new TypeReference<Map<String, Todo>>() { }.getType();
    private static final Type MAP_OF_LISTS = new TypeReference<Map<String, List<Todo>>>() { }.getType();

    /** A type and bodies to read into it. */
    private record Case(Type type, List<String> bodies) {
    }

    private static final String EVERYTHING = "{\"big\":9223372036854775807,\"ratio\":0.1,\"f\":0.5,\"s\":-2,\"b\":7,"
            + "\"boxed\":null,\"price\":1.50,\"huge\":123456789012345678901234567890,\"status\":\"DONE\","
            + "\"uuid\":\"123e4567-e89b-12d3-a456-426614174000\",\"uri\":\"https://example.com/a?b=c\","
            + "\"path\":\"/tmp/a b\",\"at\":\"2024-01-02T03:04:05.123Z\",\"day\":\"2024-02-29\","
            + "\"local\":\"2024-02-29T23:59:01\",\"time\":\"07:08\",\"offset\":\"2024-05-06T07:08:09+02:00\","
            + "\"zoned\":\"2024-05-06T07:08:09+02:00[Europe/Paris]\",\"year\":\"2024\",\"month\":\"2024-05\","
            + "\"monthDay\":\"--02-29\",\"duration\":\"PT1H30M\",\"period\":\"P3D\",\"zone\":\"Europe/Paris\","
            + "\"todos\":[{\"id\":1,\"title\":\"a\",\"done\":false},null],\"byName\":{\"x\":{\"id\":3}},"
            + "\"groups\":{\"g\":[1,2],\"h\":[]},\"array\":[{\"id\":4}],\"any\":{\"k\":[1,\"two\",3.5,"
            + "12345678901234567890,{\"n\":null}]},\"text\":\"\\u00e9\\ud83d\\ude00\\n\",\"unknown\":{\"x\":[1]}}";

    private static final String PERSON = "{\"name\":\"Zo\u00eb \u6771\u4eac \\ud83d\\ude00\",\"age\":41,\"active\":true,"
            + "\"address\":{\"street\":\"R\u00fce 1\",\"city\":\"K\u00f8benhavn\"},"
            + "\"previous\":[{\"street\":\"a\",\"city\":null},null],\"tags\":[\"x\",\"\\u00e9\"],"
            + "\"scores\":{\"m\":1,\"n\":null},\"status\":\"DONE\",\"balance\":-12.50,"
            + "\"since\":\"2024-01-02T03:04:05.123Z\",\"born\":\"1983-02-28\",\"seen\":\"2024-05-06T07:08:09+02:00\","
            + "\"shift\":\"PT8H\",\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"ratio\":0.25,"
            + "\"big\":9007199254740993,\"boxed\":null,\"unknown\":{\"deep\":[1,{\"x\":null}]}}";

    private static List<Case> cases() {
        String big = "\"" + "x".repeat(5_000_000) + "\"";
        String tooBig = "\"" + "x".repeat(10_000_000) + "\"";
        String deepOk = "[".repeat(999) + "]".repeat(999);
        String deepBad = "[".repeat(100_000) + "]".repeat(100_000);
        List<String> hostileNumbers = List.of("1e1000000", "-1e-1000000", "9".repeat(100_000), "1." + "5".repeat(100_000),
                "1" + "0".repeat(999), "3000000000", "9223372036854775808", "1.9", "-0", "0.0", "1E2");
        List<Case> cases = new ArrayList<>();
        List<String> todo = new ArrayList<>(List.of("{\"id\":1,\"title\":\"t\",\"done\":true}", "{}", "null",
                "{\"id\":null,\"title\":null}", "{\"title\":\"a\",\"title\":\"b\"}", "{\"unknown\":[{\"deep\":1}],\"id\":2}",
                "{\"id\":\"42\"}", "{\"id\":1.9}", "{\"id\":true}", "{\"id\":\"\"}", "{\"id\":\"seven\"}", "{\"id\":{}}",
                "{\"id\":[1]}", "{\"id\":3000000000}", "{\"done\":\"true\"}", "{\"done\":1}", "{\"done\":\"yes\"}",
                "{\"title\":5}", "{\"title\":true}", "{\"title\":{}}", "{\"title\":[\"a\"]}", "[1,2]", "\"str\"", "7",
                "{} {}", "{} x", "{\"id\":1", "{\"id\":01}", "{\"title\":\"\u0001\"}", "{\"title\":\"\\u0000\\ud800\"}",
                "{\"title\":" + big + "}", "{\"title\":" + tooBig + "}", "{\"id\":" + deepOk + "}",
                "{\"id\":" + deepBad + "}", "{\"" + "k".repeat(60_000) + "\":1}"));
        for (String n : hostileNumbers) {
            todo.add("{\"id\":" + n + "}");
        }
        cases.add(new Case(Todo.class, todo));
        cases.add(new Case(Everything.class, List.of(EVERYTHING, "{}", "{\"status\":\"NOPE\"}", "{\"status\":0}",
                "{\"status\":\"done\"}", "{\"uuid\":\"1-1-1-1-1\"}", "{\"uuid\":\"nope\"}", "{\"at\":\"yesterday\"}",
                "{\"at\":12}", "{\"day\":\" 2024-01-01 \"}", "{\"uri\":\"\"}", "{\"uri\":\"a b\"}",
                "{\"path\":\"file:///tmp/x\"}", "{\"path\":\"\"}", "{\"todos\":{}}", "{\"todos\":[{\"id\":\"x\"}]}",
                "{\"byName\":[]}", "{\"groups\":{\"g\":[\"a\"]}}", "{\"array\":{}}", "{\"any\":" + deepOk + "}",
                "{\"any\":" + deepBad + "}", "{\"b\":200}", "{\"b\":-129}", "{\"s\":40000}", "{\"f\":1e1000000}",
                "{\"ratio\":\"1.5\"}", "{\"ratio\":\"NaN\"}", "{\"price\":\"2.5\"}", "{\"huge\":1.5}",
                "{\"big\":" + "9".repeat(100_000) + "}", "{\"price\":1e1000000}", "{\"huge\":1e1000000}",
                "{\"ratio\":1e1000000}", "{\"big\":1e1000000}", "{\"boxed\":\"\"}", "{\"text\":null}")));
        cases.add(new Case(Person.class, List.of(PERSON, "{}", "null", "{\"name\":null,\"age\":null,\"active\":null,"
                + "\"address\":null,\"previous\":null,\"status\":null,\"boxed\":null}", "{\"age\":7,\"extra\":1,"
                + "\"address\":{\"city\":\"x\",\"zip\":[]},\"more\":{\"a\":[{}]}}", "{\"tags\":[null],\"scores\":{}}",
                "{\"name\":\"\",\"ratio\":-0.0,\"big\":-9223372036854775808}", "{\"address\":{\"street\":5}}",
                "{\"previous\":[{\"city\":[]}]}", "{\"status\":\"LATE\"}", "{\"since\":\"2024-13-01T00:00:00Z\"}",
                "{\"born\":\"28/02/1983\"}", "{\"seen\":\"2024-05-06T07:08:09\"}", "{\"shift\":\"8h\"}",
                "{\"id\":\"123e4567\"}", "{\"balance\":\"-1.5\"}", "{\"scores\":{\"a\":\"1\"}}", "{\"scores\":[]}",
                "{\"tags\":\"x\"}", "{\"address\":[]}", "{\"name\":\"a\"", "{\"name\":\"\\ud83d\"}",
                "{\"name\":\"\u00e9\u6771\"}", "{\"age\":41,}", "{\"age\":1}{}", "[{}]")));
        cases.add(new Case(WithGetter.class, List.of("{\"name\":\"abcd\",\"upper\":\"X\"}", "{}", "{\"name\":1}")));
        cases.add(new Case(WithIs.class, List.of("{\"name\":\"abcd\",\"long\":false}", "{\"long\":1}")));
        cases.add(new Case(BeanNamed.class, List.of("{\"isActive\":true,\"getter\":\"g\"}", "{\"active\":true}",
                "{\"isActive\":\"x\"}")));
        cases.add(new Case(Tagged.class, List.of("{\"tag\":\"t\",\"count\":3}", "{\"count\":\"3\"}", "{\"tag\":[]}")));
        cases.add(new Case(Box.class, List.of("{\"value\":{\"a\":1}}", "{\"value\":[1,\"x\"]}", "{}")));
        cases.add(new Case(Node.class, List.of("{\"name\":\"r\",\"children\":[{\"name\":\"c\",\"children\":[]}]}",
                "{\"children\":null}", "{\"children\":[1]}")));
        cases.add(new Case(WithOptional.class, List.of("{\"note\":\"n\",\"count\":3}", "{}", "{\"note\":null}")));
        cases.add(new Case(Renamed.class, List.of("{\"full_name\":\"a\",\"age\":1}", "{\"name\":\"a\"}")));
        cases.add(new Case(Bean.class, List.of("{\"id\":\"i\",\"zeta\":\"z\",\"active\":true,\"items\":[{\"id\":1}],"
                + "\"status\":\"OPEN\",\"count\":3}", "{}", "{\"items\":{}}", "{\"count\":\"x\"}", "[]")));
        cases.add(new Case(LIST_OF_TODO, List.of("[{\"id\":1},{\"id\":2,\"title\":\"x\"}]", "[]", "null", "[null]",
                "{}", "[{\"id\":\"x\"}]", "[1]", "[{}] []")));
        cases.add(new Case(MAP_OF_TODO, List.of("{\"a\":{\"id\":1},\"b\":null}", "{}", "[]", "{\"a\":{\"id\":[]}}")));
        cases.add(new Case(MAP_OF_LISTS, List.of("{\"a\":[{\"id\":1}]}", "{\"a\":{}}", "{\"a\":[{\"id\":\"x\"}]}",
                "[]", "{\"a\":[[]]}")));
        cases.add(new Case(new TypeReference<List<List<Integer>>>() { }.getType(), List.of("[[1],[]]", "[[\"1\"]]",
                "[[1.5]]", "[1]", "[[1]] x")));
        cases.add(new Case(Todo[].class, List.of("[{\"id\":1}]", "[]", "{}")));
        cases.add(new Case(Map.class, List.of("{\"a\":[1,2.5,true,null,\"x\",{\"b\":{}}],\"a\":2}", "{}", "[]",
                "{\"n\":12345678901234567890,\"d\":1e400,\"e\":-0.0}", deepOk, "{\"a\":" + deepBad + "}")));
        cases.add(new Case(List.class, List.of("[1,\"a\",null,[],{}]", "{}", deepOk, deepBad)));
        cases.add(new Case(Object.class, List.of("1", "\"s\"", "[{\"a\":1}]", "true", deepOk, deepBad,
                "1e1000000", "9".repeat(100_000))));
        for (Class<?> scalar : List.of(String.class, int.class, Integer.class, long.class, double.class, BigDecimal.class,
                BigInteger.class, boolean.class, Status.class, UUID.class, Instant.class)) {
            List<String> bodies = new ArrayList<>(List.of("\"x\"", "1", "null", "true", "\"OPEN\"", "{}", "[]",
                    "\"2024-01-02T03:04:05Z\"", "\"123e4567-e89b-12d3-a456-426614174000\"", "\"12\"", big));
            bodies.addAll(hostileNumbers);
            cases.add(new Case(scalar, bodies));
        }
        return cases;
    }

    private static Object read(JsonCodec codec, String body, Type type) {
        try {
            return codec.read(body.getBytes(StandardCharsets.UTF_8), type);
        } catch (Exception e) {
            return e;
        }
    }

    private static void assertSameValue(Object expected, Object actual, String where) {
        if (expected instanceof Exception) {
            assertTrue(actual instanceof Exception, where + ": the mapper failed with " + expected + ", jr read " + actual);
            return;
        }
        assertTrue(!(actual instanceof Exception), () -> where + ": the mapper read " + expected + ", jr failed with "
                + actual);
        if (expected != null && expected.getClass().isArray()) {
            assertArrayEquals((Object[]) expected, (Object[]) actual, where);
        } else if (expected instanceof Everything e && actual instanceof Everything a) {
            assertEquals(e.toString().replaceAll("\\[L[^@]*@[0-9a-f]+", ""),
                    a.toString().replaceAll("\\[L[^@]*@[0-9a-f]+", ""), where);
            assertArrayEquals(e.array(), a.array(), where);
        } else {
            assertEquals(expected, actual, where);
        }
        if (expected != null) {
            assertEquals(expected.getClass(), actual.getClass(), where);
        }
    }

    @Test
    void readsTheSameValuesAndRefusesTheSameBodies() {
        int compared = 0;
        for (Case c : cases()) {
            for (String body : c.bodies()) {
                String where = c.type().getTypeName() + " <- " + (body.length() > 80 ? body.substring(0, 80) + "..." : body);
                assertSameValue(read(MAPPER, body, c.type()), read(JR, body, c.type()), where);
                compared++;
            }
        }
        assertTrue(compared > 150, "compared " + compared);
        Todo t = (Todo) read(JR, "{\"id\":1,\"title\":\"t\",\"done\":true}", Todo.class);
        assertEquals(new Todo(1, "t", true), t);
    }

    private static Resolver app(boolean mapper) {
        var b = Resolver.builder().discover(false).register(new FakeSource()).debug(false);
        if (mapper) {
            b.objectMapper(Resolver.newObjectMapper());
        }
        List<Case> cases = cases();
        for (int i = 0; i < cases.size(); i++) {
            Type type = cases.get(i).type();
            b.post("/t/" + i, r -> {
                Object v = r.body(type);
                return v == null ? "null" : v.getClass().getName();
            });
        }
        return b.build();
    }

    /** A default codec whose mapper must not be needed. */
    private static final JsonCodec JR_ONLY = new DefaultJsonCodec(() -> {
        throw new AssertionError("the ObjectMapper was asked for");
    });

    /** Plain bodies of the supported types are read, and their values written, by jackson-jr alone. */
    @Test
    void supportedTypesNeedNoMapper() throws Exception {
        Map<Type, String> bodies = new LinkedHashMap<>();
        bodies.put(Todo.class, "{\"id\":1,\"title\":\"t\",\"done\":true,\"unknown\":{\"a\":[1]}}");
        bodies.put(Everything.class, EVERYTHING);
        bodies.put(Node.class, "{\"name\":\"r\",\"children\":[{\"name\":\"c\",\"children\":[]}]}");
        bodies.put(Person.class, PERSON);
        bodies.put(new TypeReference<List<Person>>() { }.getType(), "[" + PERSON + ",null,{}]");
        bodies.put(WithGetter.class, "{\"name\":\"abcd\",\"upper\":\"X\"}");
        bodies.put(WithIs.class, "{\"name\":\"abcd\",\"long\":false}");
        bodies.put(BeanNamed.class, "{\"isActive\":true,\"getter\":\"g\"}");
        bodies.put(Tagged.class, "{\"tag\":\"t\",\"count\":3}");
        bodies.put(Bean.class, "{\"id\":\"i\",\"zeta\":\"z\",\"active\":true,\"items\":[{\"id\":1}],"
                + "\"status\":\"OPEN\",\"count\":3}");
        bodies.put(LIST_OF_TODO, "[{\"id\":1},null,{\"id\":2,\"title\":\"x\"}]");
        bodies.put(MAP_OF_TODO, "{\"a\":{\"id\":1},\"b\":null}");
        bodies.put(MAP_OF_LISTS, "{\"a\":[{\"id\":1},null],\"b\":[],\"c\":null}");
        bodies.put(new TypeReference<List<List<Integer>>>() { }.getType(), "[[1,2],[],[null]]");
        bodies.put(new TypeReference<Map<String, Map<String, Status>>>() { }.getType(), "{\"a\":{\"b\":\"OPEN\"}}");
        bodies.put(Todo[].class, "[{\"id\":1}]");
        bodies.put(Map.class, "{\"a\":[1,2.5,true,null,\"x\",{\"b\":{}}],\"n\":12345678901234567890}");
        bodies.put(List.class, "[1,\"a\",null,[],{}]");
        bodies.put(Object.class, "[{\"a\":1.5}]");
        bodies.put(String.class, "\"\\u00e9\\ud83d\\ude00\"");
        bodies.put(int.class, "-7");
        bodies.put(BigDecimal.class, "1.50");
        bodies.put(Status.class, "\"DONE\"");
        bodies.put(Instant.class, "\"2024-01-02T03:04:05Z\"");
        for (Map.Entry<Type, String> e : bodies.entrySet()) {
            assertSameValue(read(MAPPER, e.getValue(), e.getKey()), read(JR_ONLY, e.getValue(), e.getKey()),
                    e.getKey().getTypeName());
        }
        Bean bean = new Bean();
        bean.setItems(List.of(new Todo(1, "a", true)));
        for (Object v : List.of(everything(), bean, new Node("n", List.of()), Map.of("k", List.of(Status.OPEN)), person(),
                new WithGetter("abcd"), new WithIs("ab"), new BeanNamed(false, null), new Tagged<Integer>("t", 1),
                Optional.of(new Todo(1, null, false)), OptionalLong.of(5), new int[] {1}, Path.of("/x"))) {
            assertEquals(text(MAPPER, v), text(JR_ONLY, v));
        }
    }

    /** The 400 messages of bad bodies are the mapper's, whichever path read them. */
    @Test
    void answersBadBodiesWithTheSameStatusAndMessage() {
        Resolver jr = app(false);
        Resolver mapper = app(true);
        List<Case> cases = cases();
        int bad = 0;
        for (int i = 0; i < cases.size(); i++) {
            for (String body : cases.get(i).bodies()) {
                JsonNode a = Fake.req("POST", "/t/" + i).body(body).send(mapper);
                JsonNode b = Fake.req("POST", "/t/" + i).body(body).send(jr);
                String where = cases.get(i).type().getTypeName() + " <- "
                        + (body.length() > 80 ? body.substring(0, 80) + "..." : body);
                assertEquals(a.get("status").asInt(), b.get("status").asInt(), where);
                assertEquals(a.get("body").asText(), b.get("body").asText(), where);
                if (a.get("status").asInt() == 400) {
                    bad++;
                }
            }
        }
        assertTrue(bad > 80, "bad bodies: " + bad);
    }

    /**
     * Hostile bodies are refused with a 400, the mapper's answer, without a StackOverflowError: the
     * parser's limits (DefaultJsonCodec.LIMITS) stop deep nesting, long numbers and long strings.
     */
    @Test
    void hostileBodiesAnswer400() {
        Resolver jr = app(false);
        Resolver mapper = app(true);
        int todo = 0;
        String notJson = "{\"statusCode\":400,\"message\":\"Request body is not valid JSON\"}";
        String invalidId = "{\"statusCode\":400,\"message\":\"Request body has an invalid value at 'id'\"}";
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("{\"id\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}", invalidId);
        answers.put("{\"title\":\"t\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}", notJson);
        answers.put("{\"title\":\"" + "x".repeat(10_000_000) + "\"}", null);
        answers.put("{\"id\":" + "9".repeat(100_000) + "}", null);
        answers.put("{\"id\":1e1000000}",
                "{\"statusCode\":400,\"message\":\"Request body is not valid JSON (line 1, column 16)\"}");
        answers.put("{\"id\":1." + "5".repeat(100_000) + "}", null);
        for (Map.Entry<String, String> e : answers.entrySet()) {
            JsonNode r = Fake.req("POST", "/t/" + todo).body(e.getKey()).send(jr);
            String where = e.getKey().substring(0, Math.min(20, e.getKey().length()));
            assertEquals(400, r.get("status").asInt(), where);
            assertEquals(Fake.req("POST", "/t/" + todo).body(e.getKey()).send(mapper).get("body").asText(),
                    r.get("body").asText(), where);
            assertTrue(r.get("body").asText().startsWith("{\"statusCode\":400,\"message\":\"Request body "), where);
            if (e.getValue() != null) {
                assertEquals(e.getValue(), r.get("body").asText(), where);
            }
        }
    }
}
