package dev.portico.core.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link DefaultJsonCodec} asks about types: whether jackson-jr reads one exactly as the mapper
 * would, which classes it is made of (for priming). Jackson annotations: {@link JacksonTypes}.
 */
final class JrTypes {
    private JrTypes() {
    }

    /**
     * The scalars jackson-jr reads with Portico's strict readers, apart from the text ones ({@link #isText}).
     * Classes the JVM has loaded before any request.
     */
    static final Set<Class<?>> SCALARS = Set.of(String.class, Boolean.class, Integer.class, Long.class,
            Short.class, Byte.class, Double.class, Float.class, BigDecimal.class, BigInteger.class, URI.class,
            Path.class, Object.class);

    /**
     * The {@code java.time} types read from their ISO-8601 string ({@link #parseTime}), by name: asking
     * whether a class is one of them loads none of them (most are not loaded before a request).
     */
    private static final Set<String> TIME_NAMES = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.OffsetTime",
            "java.time.ZonedDateTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay",
            "java.time.Duration", "java.time.Period", "java.time.ZoneId");

    /**
     * @param c a class
     * @return whether it is one of the {@code java.time} types read from their ISO-8601 string
     */
    static boolean isTime(Class<?> c) {
        return c.getName().startsWith("java.time.") && TIME_NAMES.contains(c.getName());
    }

    /**
     * @param c a class
     * @return whether it is {@code java.util.UUID} (compared by name: the class is not loaded before
     *     a request)
     */
    static boolean isUuid(Class<?> c) {
        return "java.util.UUID".equals(c.getName());
    }

    /**
     * @param c a class
     * @return whether it is read from a JSON string by parsing it: {@code java.time}, {@code UUID},
     *     {@code URI}, {@code Path}
     */
    static boolean isText(Class<?> c) {
        return c == URI.class || c == Path.class || isTime(c) || isUuid(c);
    }

    /**
     * @return the {@code java.time} types of {@link #isTime}, loaded (for the mapper's module)
     */
    static List<Class<?>> timeTypes() {
        return List.of(Instant.class, LocalDate.class, LocalDateTime.class, LocalTime.class, OffsetDateTime.class,
                OffsetTime.class, ZonedDateTime.class, Year.class, YearMonth.class, MonthDay.class, Duration.class,
                Period.class, ZoneId.class);
    }

    /**
     * Parses a {@code java.time} value. A switch on the name, not a map of method references (each
     * of those would be a lambda class generated on the first request reading a body) nor
     * comparisons with class literals (each would load its class).
     *
     * @param type one of {@link #isTime}
     * @param s the text
     * @return the value
     */
    static Object parseTime(Class<?> type, String s) {
        return switch (type.getName()) {
            case "java.time.Instant" -> Instant.parse(s);
            case "java.time.LocalDate" -> LocalDate.parse(s);
            case "java.time.LocalDateTime" -> LocalDateTime.parse(s);
            case "java.time.LocalTime" -> LocalTime.parse(s);
            case "java.time.OffsetDateTime" -> OffsetDateTime.parse(s);
            case "java.time.OffsetTime" -> OffsetTime.parse(s);
            case "java.time.ZonedDateTime" -> ZonedDateTime.parse(s);
            case "java.time.Year" -> Year.parse(s);
            case "java.time.YearMonth" -> YearMonth.parse(s);
            case "java.time.MonthDay" -> MonthDay.parse(s);
            case "java.time.Duration" -> Duration.parse(s);
            case "java.time.Period" -> Period.parse(s);
            default -> ZoneId.of(s);
        };
    }

    static boolean isList(Class<?> c) {
        return c == List.class || c == Collection.class || c == ArrayList.class;
    }

    static boolean isMap(Class<?> c) {
        return c == Map.class || c == LinkedHashMap.class || c == HashMap.class;
    }

    /**
     * Whether jackson-jr reads the type exactly as the mapper would: without Jackson annotations,
     * {@code Optional<T>}, generic classes, sets, maps with other than string keys, primitive arrays,
     * interfaces or beans whose properties the mapper would set through private fields.
     *
     * @param type the type
     * @param seen classes already checked or being checked (recursive types)
     * @return whether jackson-jr can read it
     */
    static boolean jrReadable(Type type, Map<Class<?>, Boolean> seen) {
        if (type instanceof ParameterizedType p) {
            if (!(p.getRawType() instanceof Class<?> raw)) {
                return false;
            }
            Type[] args = p.getActualTypeArguments();
            if (isList(raw)) {
                return jrReadable(args[0], seen);
            }
            if (isMap(raw)) {
                return (args[0] == String.class || args[0] == Object.class) && jrReadable(args[1], seen);
            }
            return false;
        }
        if (!(type instanceof Class<?> c)) {
            return false;
        }
        if (c.isPrimitive()) {
            return c != char.class && c != void.class;
        }
        if (SCALARS.contains(c) || isText(c)) {
            return true;
        }
        if (isList(c) || isMap(c)) {
            return false; // a raw List or Map property: jackson-jr needs its type arguments
        }
        Boolean known = seen.get(c);
        if (known != null) {
            return known;
        }
        seen.put(c, Boolean.TRUE);
        boolean ok = classReadable(c, seen);
        seen.put(c, ok);
        return ok;
    }

    private static boolean classReadable(Class<?> c, Map<Class<?>, Boolean> seen) {
        if (c.isArray()) {
            return !c.getComponentType().isPrimitive() && jrReadable(c.getComponentType(), seen);
        }
        if (c.isEnum()) {
            return !JacksonTypes.annotated(c);
        }
        if (JacksonTypes.isJdk(c) || c.isInterface() || Modifier.isAbstract(c.getModifiers())
                || (c.isMemberClass() && !Modifier.isStatic(c.getModifiers())) || JacksonTypes.annotated(c)) {
            return false;
        }
        if (c.isRecord()) {
            // Not asked for its type parameters (which parses generic signatures): a component typed by
            // one is a type variable, which jrReadable refuses.
            for (RecordComponent rc : c.getRecordComponents()) {
                if (!jrReadable(rc.getGenericType(), seen)) {
                    return false;
                }
            }
            return true;
        }
        if (c.getTypeParameters().length > 0) {
            return false;
        }
        try {
            c.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            return false;
        }
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()) {
                    continue;
                }
                if (!Modifier.isPublic(mod) && setter(c, f.getName()) == null) {
                    return false; // the mapper would set it through the field, jackson-jr would skip it
                }
                if (!jrReadable(f.getGenericType(), seen)) {
                    return false;
                }
            }
        }
        for (Method m : c.getMethods()) {
            if (m.getName().startsWith("set") && m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())
                    && !jrReadable(m.getGenericParameterTypes()[0], seen)) {
                return false;
            }
        }
        return true;
    }

    private static Method setter(Class<?> c, String property) {
        String name = "set" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1) {
                return m;
            }
        }
        return null;
    }

    /** Collects the classes a type is made of, for priming. */
    static void collect(Type type, Set<Class<?>> into) {
        if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), into);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, into);
            }
        } else if (type instanceof Class<?> c && into.add(c)) {
            if (c.isArray()) {
                collect(c.getComponentType(), into);
            } else if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    collect(rc.getGenericType(), into);
                }
            } else if (!JacksonTypes.isJdk(c) && !c.isEnum() && !c.isPrimitive()) {
                for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                    for (Field f : k.getDeclaredFields()) {
                        if (!Modifier.isStatic(f.getModifiers())) {
                            collect(f.getGenericType(), into);
                        }
                    }
                }
            }
        }
    }
}
