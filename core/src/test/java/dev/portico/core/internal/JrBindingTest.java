package dev.portico.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jr.ob.impl.POJODefinition;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link JrBinding} gives jackson-jr the definitions of plain records itself (read from their
 * components) and binds them with jackson-jr's own bean reader, with no mapper; records jackson-jr's
 * introspection sees differently (extra getters, setters, components named like getters) are left to
 * that introspection. That the values are the standard mapper's: JsonPathsEquivalenceTest (the mapper
 * cannot reach this package's types on the module path).
 */
class JrBindingTest {
    private static final JsonFactory FACTORY = DefaultJsonCodec.newFactory();

    /** A mapper supplier that fails the test when asked: what it reads, jackson-jr read alone. */
    private static final Supplier<ObjectMapper> NO_MAPPER = () -> {
        throw new AssertionError("the ObjectMapper was asked for");
    };
    private static final DefaultJsonCodec JR_ONLY = new DefaultJsonCodec(NO_MAPPER);
    private static final JrBinding.Jr JR = JrBinding.create(FACTORY, NO_MAPPER);

    /** Levels. */
    public enum Level { LOW, HIGH }

    /** An address. */
    public record Address(String street, String city) {
    }

    /** A record of most supported types, nested records, lists and maps. */
    public record Person(String name, int age, boolean active, Address address, List<Address> previous,
                         List<String> tags, Map<String, Integer> scores, Level level, BigDecimal balance,
                         Instant since, LocalDate born, OffsetDateTime seen, Duration shift, UUID id, double ratio,
                         long big, Integer boxed, Address[] others) {
    }

    /** A record with a getter beside its accessors: jackson-jr's introspection defines it. */
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

    /** A record with a setter-like method. */
    public record WithSetter(String name) {
        public WithSetter setName(String other) {
            return new WithSetter(other);
        }
    }

    /** A record whose components are named like bean accessors: plain, written by their names as the mapper does. */
    public record BeanNamed(boolean isActive, String getter) {
    }

    /** A record with a static method and a non-bean method: still plain. */
    public record Plain(String name, int n) {
        public static Plain of(String name) {
            return new Plain(name, 0);
        }

        public String shout() {
            return name + "!";
        }
    }

    /** A generic record whose components do not use its type parameter. */
    public record Tagged<T>(String tag, int count) {
    }

    /** A record without components. */
    public record Empty() {
    }

    private record Hidden(int a, String b) {
    }

    /** A bean holding a record. */
    public static final class Holder {
        private Address address;
        private List<Plain> plains;

        public Address getAddress() {
            return address;
        }

        public void setAddress(Address address) {
            this.address = address;
        }

        public List<Plain> getPlains() {
            return plains;
        }

        public void setPlains(List<Plain> plains) {
            this.plains = plains;
        }
    }

    /** What the codec's jackson-jr writes (bytes: supplementary characters escaped). */
    private static String written(Object value) throws Exception {
        return new String(JR.asBytes(value), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final String PERSON = "{\"name\":\"Zo\u00eb \u6771\u4eac \\ud83d\\ude00\",\"age\":41,\"active\":true,"
            + "\"address\":{\"street\":\"R\u00fce 1\",\"city\":\"K\u00f8benhavn\"},"
            + "\"previous\":[{\"street\":\"a\",\"city\":null},null],\"tags\":[\"x\",\"\\u00e9\"],"
            + "\"scores\":{\"m\":1,\"n\":null},\"level\":\"HIGH\",\"balance\":-12.50,"
            + "\"since\":\"2024-01-02T03:04:05.123Z\",\"born\":\"1983-02-28\",\"seen\":\"2024-05-06T07:08:09+02:00\","
            + "\"shift\":\"PT8H\",\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"ratio\":0.25,"
            + "\"big\":9007199254740993,\"boxed\":null,\"others\":[{\"street\":\"o\",\"city\":\"p\"}],"
            + "\"unknown\":{\"deep\":[1,{\"x\":null}]},\"more\":\"ignored\"}";

    @Test
    void definesPlainRecordsFromTheirComponents() {
        POJODefinition def = JrBinding.RecordDefinition.of(Person.class, true);
        assertNotNull(def);
        assertEquals(List.of("name", "age", "active", "address", "previous", "tags", "scores", "level", "balance",
                "since", "born", "seen", "shift", "id", "ratio", "big", "boxed", "others"),
                def.getProperties().stream().map(p -> p.name).toList());
        for (POJODefinition.Prop p : def.getProperties()) {
            assertEquals(p.name, p.getter.getName());
            assertNull(p.setter);
            assertNull(p.field);
        }
        assertNotNull(def.constructors());
        assertNull(JrBinding.RecordDefinition.of(Person.class, false).constructors());
        assertNotNull(JrBinding.RecordDefinition.of(Plain.class, true));
        assertNotNull(JrBinding.RecordDefinition.of(Tagged.class, true));
        assertNotNull(JrBinding.RecordDefinition.of(Empty.class, true));
        assertNotNull(JrBinding.RecordDefinition.of(Hidden.class, true));
        assertEquals(List.of("isActive", "getter"), JrBinding.RecordDefinition.of(BeanNamed.class, false)
                .getProperties().stream().map(p -> p.name).toList());
        for (Class<?> fallback : List.of(WithGetter.class, WithIs.class, WithSetter.class,
                Holder.class, String.class, Level.class)) {
            assertNull(JrBinding.RecordDefinition.of(fallback, true), fallback.getName());
            assertNull(JrBinding.RecordDefinition.of(fallback, false), fallback.getName());
        }
    }

    @Test
    void readsPlainRecordsWithJacksonJrAlone() throws Exception {
        Person p = JR_ONLY.read(utf8(PERSON), Person.class);
        assertEquals("Zo\u00eb \u6771\u4eac \uD83D\uDE00", p.name());
        assertEquals(41, p.age());
        assertTrue(p.active());
        assertEquals(new Address("R\u00fce 1", "K\u00f8benhavn"), p.address());
        assertEquals(java.util.Arrays.asList(new Address("a", null), null), p.previous());
        assertEquals(List.of("x", "\u00e9"), p.tags());
        assertEquals(java.util.Arrays.asList(1, null), new ArrayList<>(p.scores().values()));
        assertEquals(Level.HIGH, p.level());
        assertEquals(new BigDecimal("-12.50"), p.balance());
        assertEquals(Instant.parse("2024-01-02T03:04:05.123Z"), p.since());
        assertEquals(LocalDate.of(1983, 2, 28), p.born());
        assertEquals(OffsetDateTime.parse("2024-05-06T07:08:09+02:00"), p.seen());
        assertEquals(Duration.ofHours(8), p.shift());
        assertEquals(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), p.id());
        assertEquals(0.25, p.ratio());
        assertEquals(9007199254740993L, p.big());
        assertNull(p.boxed());
        assertEquals(List.of(new Address("o", "p")), List.of(p.others()));

        assertEquals(new Plain("\u00e9", 2), JR_ONLY.read(utf8("{\"n\":2,\"name\":\"\u00e9\"}"), Plain.class));
        assertEquals(new Tagged<>("t", 3), JR_ONLY.read(utf8("{\"tag\":\"t\",\"count\":3}"), Tagged.class));
        assertEquals(new Hidden(1, "b"), JR_ONLY.read(utf8("{\"a\":1,\"b\":\"b\"}"), Hidden.class));
        assertEquals(new Empty(), JR_ONLY.read(utf8("{\"x\":[1]}"), Empty.class));
        List<Plain> list = JR_ONLY.read(utf8("[{\"name\":\"a\"},null,{}]"),
                new TypeReference<List<Plain>>() { }.getType());
        assertEquals(java.util.Arrays.asList(new Plain("a", 0), null, new Plain(null, 0)), list);
        Map<String, List<Address>> map = JR_ONLY.read(utf8("{\"k\":[{\"city\":\"c\"}]}"),
                new TypeReference<Map<String, List<Address>>>() { }.getType());
        assertEquals(Map.of("k", List.of(new Address(null, "c"))), map);
        Holder h = JR_ONLY.read(utf8("{\"address\":{\"street\":\"s\"},\"plains\":[{\"n\":1}]}"), Holder.class);
        assertEquals(new Address("s", null), h.getAddress());
        assertEquals(List.of(new Plain(null, 1)), h.getPlains());
    }

    @Test
    void missingNullAndExtraFieldsAreDefaultsNullsAndSkipped() throws Exception {
        Person missing = JR_ONLY.read(utf8("{\"unknown\":true,\"x\":{\"y\":[[],{}]}}"), Person.class);
        assertEquals(new Person(null, 0, false, null, null, null, null, null, null, null, null, null, null, null, 0.0,
                0L, null, null).toString(), missing.toString());
        Person nulls = JR_ONLY.read(utf8("{\"name\":null,\"address\":null,\"previous\":null,\"level\":null,"
                + "\"balance\":null,\"since\":null,\"id\":null,\"boxed\":null,\"others\":null,\"age\":3}"), Person.class);
        assertEquals(3, nulls.age());
        assertNull(nulls.name());
        assertNull(nulls.level());
        assertNull(nulls.since());
        assertNull(nulls.id());
        assertNull(JR_ONLY.read(utf8("null"), Person.class));
        assertEquals(new Address("s", null), JR_ONLY.read(utf8("{\"zip\":{\"a\":1},\"street\":\"s\",\"n\":[1,2]}"),
                Address.class));
        assertEquals(new Address("b", null), JR_ONLY.read(utf8("{\"street\":\"a\",\"street\":\"b\"}"), Address.class));
    }

    /** Records jackson-jr's introspection defines are still read by it, without the mapper. */
    @Test
    void unusualRecordsFallBackToJacksonJrsIntrospection() throws Exception {
        assertEquals(new WithGetter("abcd"), JR_ONLY.read(utf8("{\"name\":\"abcd\",\"upper\":\"X\"}"), WithGetter.class));
        assertEquals(new WithIs("abcd"), JR_ONLY.read(utf8("{\"name\":\"abcd\",\"long\":false}"), WithIs.class));
        assertEquals(new WithSetter("n"), JR_ONLY.read(utf8("{\"name\":\"n\"}"), WithSetter.class));
        assertEquals(new BeanNamed(true, "g"), JR_ONLY.read(utf8("{\"isActive\":true,\"getter\":\"g\"}"), BeanNamed.class));
        assertEquals("{\"name\":\"abcd\",\"upper\":\"ABCD\"}", written(new WithGetter("abcd")));
        assertEquals("{\"isActive\":true,\"getter\":\"g\"}", written(new BeanNamed(true, "g")));
    }

    /** jackson-jr writes plain records (in a bean, where the direct writer leaves them to it) in component order. */
    @Test
    void writesRecordsInComponentOrder() throws Exception {
        Holder h = new Holder();
        h.setAddress(new Address("s\u00e9 \uD83D\uDE00", null));
        h.setPlains(List.of(new Plain("p", 1)));
        assertEquals("{\"address\":{\"street\":\"s\u00e9 \\uD83D\\uDE00\",\"city\":null},"
                + "\"plains\":[{\"name\":\"p\",\"n\":1}]}", written(h));
        assertEquals("{\"a\":1,\"b\":\"x\"}", written(new Hidden(1, "x")));
        assertEquals("{\"tag\":\"t\",\"count\":2}", written(new Tagged<String>("t", 2)));
        assertEquals("{}", written(new Empty()));
        Person p = JR_ONLY.read(utf8(PERSON), Person.class);
        String written = written(p);
        assertTrue(written.startsWith("{\"name\":\"Zo\u00eb \u6771\u4eac \\uD83D\\uDE00\",\"age\":41,\"active\":true,"
                + "\"address\":{\"street\":\"R\u00fce 1\",\"city\":\"K\u00f8benhavn\"},"), written);
        assertTrue(written.endsWith("\"level\":\"HIGH\",\"balance\":-12.50,\"since\":\"2024-01-02T03:04:05.123Z\","
                + "\"born\":\"1983-02-28\",\"seen\":\"2024-05-06T07:08:09+02:00\",\"shift\":\"PT8H\","
                + "\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"ratio\":0.25,\"big\":9007199254740993,"
                + "\"boxed\":null,\"others\":[{\"street\":\"o\",\"city\":\"p\"}]}"), written);
        assertEquals(p.toString().replaceAll("\\[L[^@]*@[0-9a-f]+", ""),
                JR_ONLY.read(utf8(written), Person.class).toString().replaceAll("\\[L[^@]*@[0-9a-f]+", ""));
    }

    @Test
    void malformedJsonFailsInTheParser() {
        for (String body : List.of("{\"name\":\"a\"", "{\"name\":}", "{\"age\":01}", "{name:1}", "{\"tags\":[\"a\",]}",
                "{\"name\":\"\\x\"}", "\u00ff")) {
            assertThrows(StreamReadException.class, () -> JR_ONLY.read(utf8(body), Person.class), body);
        }
    }
}
