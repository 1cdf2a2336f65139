package dev.portico.feature.openapi.internal;

import dev.portico.feature.openapi.internal.Shape.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The scalar Java types: their JSON kind, format and how to read them from text. */
final class Scalars {
    private static final Map<Class<?>, Kind> KINDS = Map.ofEntries(
            Map.entry(String.class, Kind.STRING), Map.entry(CharSequence.class, Kind.STRING),
            Map.entry(char.class, Kind.STRING), Map.entry(Character.class, Kind.STRING),
            Map.entry(int.class, Kind.INTEGER), Map.entry(Integer.class, Kind.INTEGER),
            Map.entry(long.class, Kind.INTEGER), Map.entry(Long.class, Kind.INTEGER),
            Map.entry(short.class, Kind.INTEGER), Map.entry(Short.class, Kind.INTEGER),
            Map.entry(byte.class, Kind.INTEGER), Map.entry(Byte.class, Kind.INTEGER),
            Map.entry(BigInteger.class, Kind.INTEGER),
            Map.entry(double.class, Kind.NUMBER), Map.entry(Double.class, Kind.NUMBER),
            Map.entry(float.class, Kind.NUMBER), Map.entry(Float.class, Kind.NUMBER),
            Map.entry(BigDecimal.class, Kind.NUMBER),
            Map.entry(boolean.class, Kind.BOOLEAN), Map.entry(Boolean.class, Kind.BOOLEAN),
            Map.entry(UUID.class, Kind.STRING), Map.entry(URI.class, Kind.STRING),
            Map.entry(LocalDate.class, Kind.STRING), Map.entry(LocalDateTime.class, Kind.STRING),
            Map.entry(OffsetDateTime.class, Kind.STRING), Map.entry(ZonedDateTime.class, Kind.STRING),
            Map.entry(Instant.class, Kind.STRING), Map.entry(LocalTime.class, Kind.STRING),
            Map.entry(OffsetTime.class, Kind.STRING), Map.entry(Duration.class, Kind.STRING));
    private static final Map<Class<?>, String> FORMATS = Map.ofEntries(
            Map.entry(int.class, "int32"), Map.entry(Integer.class, "int32"),
            Map.entry(short.class, "int32"), Map.entry(Short.class, "int32"),
            Map.entry(byte.class, "int32"), Map.entry(Byte.class, "int32"),
            Map.entry(long.class, "int64"), Map.entry(Long.class, "int64"),
            Map.entry(double.class, "double"), Map.entry(Double.class, "double"),
            Map.entry(float.class, "float"), Map.entry(Float.class, "float"),
            Map.entry(UUID.class, "uuid"), Map.entry(URI.class, "uri"), Map.entry(LocalDate.class, "date"),
            Map.entry(LocalDateTime.class, "date-time"), Map.entry(OffsetDateTime.class, "date-time"),
            Map.entry(ZonedDateTime.class, "date-time"), Map.entry(Instant.class, "date-time"),
            Map.entry(LocalTime.class, "time"), Map.entry(OffsetTime.class, "time"),
            Map.entry(Duration.class, "duration"));
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "on", "t");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "n", "off", "f");

    private Scalars() {
    }

    static Kind kind(Class<?> raw) {
        return KINDS.get(raw);
    }

    static String format(Class<?> raw) {
        return FORMATS.get(raw);
    }

    /**
     * @param text a text
     * @return the boolean pydantic reads from it in lax mode, or {@code null}
     */
    static Boolean bool(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return TRUE.contains(t) ? Boolean.TRUE : FALSE.contains(t) ? Boolean.FALSE : null;
    }

    /**
     * @param raw a scalar class
     * @return a function reading the class from text, throwing a RuntimeException on bad input;
     *     {@code null} for classes read as they are (strings)
     */
    static Function<String, Object> reader(Class<?> raw) {
        if (Numbers.numeric(raw)) {
            return number(raw);
        } else if (raw == boolean.class || raw == Boolean.class) {
            return s -> {
                Boolean b = bool(s);
                if (b == null) {
                    throw new IllegalArgumentException(s);
                }
                return b;
            };
        } else if (raw == char.class || raw == Character.class) {
            return s -> {
                if (s.length() != 1) {
                    throw new IllegalArgumentException(s);
                }
                return s.charAt(0);
            };
        }
        return temporal(raw);
    }

    private static Function<String, Object> temporal(Class<?> raw) {
        if (raw == UUID.class) {
            return s -> {
                if (s.length() != 36) {
                    throw new IllegalArgumentException(s);
                }
                return UUID.fromString(s);
            };
        } else if (raw == URI.class) {
            return s -> URI.create(s);
        } else if (raw == LocalDate.class) {
            return LocalDate::parse;
        } else if (raw == LocalDateTime.class) {
            return LocalDateTime::parse;
        } else if (raw == OffsetDateTime.class) {
            return OffsetDateTime::parse;
        } else if (raw == ZonedDateTime.class) {
            return ZonedDateTime::parse;
        } else if (raw == Instant.class) {
            return Instant::parse;
        } else if (raw == LocalTime.class) {
            return LocalTime::parse;
        } else if (raw == OffsetTime.class) {
            return OffsetTime::parse;
        } else if (raw == Duration.class) {
            return Duration::parse;
        }
        return null;
    }

    /**
     * Reads numbers as path, query and header values are written: integers as an optional sign and
     * digits, other numbers in decimal notation (a trailing point allowed), in time bounded by the
     * text's length whatever its exponent (see {@link Numbers}).
     */
    private static Function<String, Object> number(Class<?> raw) {
        boolean integer = KINDS.get(raw) == Kind.INTEGER;
        return s -> {
            String t = s.strip();
            Numbers.Dec d = integer ? Numbers.parseInteger(t)
                    : Numbers.parse(t.endsWith(".") ? t + "0" : t);
            Numbers.Result r = Numbers.convert(d, raw);
            if (r.outcome() == Numbers.Outcome.OUT_OF_RANGE) {
                throw new OutOfRange();
            }
            if (r.outcome() != Numbers.Outcome.OK) {
                throw new IllegalArgumentException("not a number");
            }
            return r.value();
        };
    }

    /** A number the Java type cannot hold. */
    static final class OutOfRange extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfRange() {
            super("out of range", null, false, false);
        }
    }
}
