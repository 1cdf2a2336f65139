package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.portico.core.internal.DefaultJsonCodec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
    private final DefaultJsonCodec codec = new DefaultJsonCodec();

    /** Status values. */
    public enum Status { OPEN, DONE }

    /** A record written by jackson-jr (read by the mapper: it has an Optional component). */
    public record Item(String name, BigDecimal price, Status status, LocalDate due, Optional<String> note,
                       UUID id, List<Integer> tags) {
    }

    /** A record whose Jackson annotation must be honoured, so the mapper writes it. */
    public record Renamed(@JsonProperty("full_name") String name) {
    }

    /** A POJO without setters, written by jackson-jr in field order. */
    public static final class Pojo {
        private final Instant at = Instant.parse("2024-01-02T03:04:05Z");
        private final Optional<Integer> maybe = Optional.empty();

        public Instant getAt() {
            return at;
        }

        public Optional<Integer> getMaybe() {
            return maybe;
        }
    }

    private String write(Object o) throws Exception {
        return new String(codec.write(o), StandardCharsets.UTF_8);
    }

    @Test
    void writesCommonValuesCompactly() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "x\"y");
        m.put("i", 1);
        m.put("d", 1.5);
        m.put("big", new BigDecimal("1E+3"));
        m.put("n", null);
        m.put("b", true);
        m.put("list", List.of(1, "a"));
        m.put("arr", new String[] {"q"});
        m.put("enum", Status.DONE);
        m.put("dur", Duration.ofMinutes(90));
        m.put("odt", OffsetDateTime.parse("2024-05-06T07:08:09+02:00"));
        m.put("opt", Optional.of(3));
        assertEquals("{\"s\":\"x\\\"y\",\"i\":1,\"d\":1.5,\"big\":1000,\"n\":null,\"b\":true,\"list\":[1,\"a\"],"
                + "\"arr\":[\"q\"],\"enum\":\"DONE\",\"dur\":\"PT1H30M\",\"odt\":\"2024-05-06T07:08:09+02:00\","
                + "\"opt\":3}", write(m));
    }

    @Test
    void writesRecordsInComponentOrder() throws Exception {
        Item item = new Item("pen", new BigDecimal("2.50"), Status.OPEN, LocalDate.of(2024, 2, 29),
                Optional.empty(), UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), List.of(1, 2));
        assertEquals("{\"name\":\"pen\",\"price\":2.50,\"status\":\"OPEN\",\"due\":\"2024-02-29\",\"note\":null,"
                + "\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"tags\":[1,2]}", write(item));
    }

    @Test
    void writesAnnotatedTypesThroughTheMapperAndPojosInFieldOrder() throws Exception {
        assertEquals("{\"full_name\":\"Ada\"}", write(new Renamed("Ada")));
        assertEquals("{\"at\":\"2024-01-02T03:04:05Z\",\"maybe\":null}", write(new Pojo()));
        assertEquals("[{\"full_name\":\"x\"}]", write(Arrays.asList(new Renamed("x"))));
    }

    @Test
    void readsRecordsWithJavaTimeOptionalAndBigDecimal() throws Exception {
        byte[] json = ("{\"name\":\"pen\",\"price\":2.50,\"status\":\"DONE\",\"due\":\"2024-02-29\","
                + "\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"tags\":[3],\"unknown\":true}")
                .getBytes(StandardCharsets.UTF_8);
        Item item = codec.read(json, Item.class);
        assertEquals(new Item("pen", new BigDecimal("2.50"), Status.DONE, LocalDate.of(2024, 2, 29), Optional.empty(),
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), List.of(3)), item);
        List<Item> list = codec.read(("[" + new String(json, StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8),
                new TypeReference<List<Item>>() { }.getType());
        assertEquals(1, list.size());
        Item withNote = codec.read("{\"note\":\"hi\"}".getBytes(StandardCharsets.UTF_8), Item.class);
        assertEquals(Optional.of("hi"), withNote.note());
    }
}
