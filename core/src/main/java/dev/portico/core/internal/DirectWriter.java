package dev.portico.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Writes the common values of handler results (records, maps, collections, object arrays, strings,
 * numbers, booleans, enums, {@code Optional*}, {@code UUID}, {@code URI}, {@code Path},
 * {@code java.time}) straight to a jackson-core generator, exactly as {@link JrBinding}'s jackson-jr
 * writes them, so a GET returning a record loads neither jackson-jr nor its introspection. Records
 * are described once per class (names and accessible accessor {@code Method}s). A value containing
 * anything else (a bean, an annotated type, a primitive array, a {@code JsonNode}, ...) is not
 * written here at all: {@link #toBytes} answers {@code null} and the caller writes the whole value
 * with jackson-jr.
 */
final class DirectWriter {
    private DirectWriter() {
    }

    private static final Object NOT_MINE = new Object();
    private static final Object PLAIN_ENUM = new Object();

    private static final ClassValue<Object> SHAPES = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
            return describe(type);
        }
    };

    /** Thrown, without a stack trace, when the value holds something this writer leaves to jackson-jr. */
    private static final class NotMine extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final NotMine INSTANCE = new NotMine();

        private NotMine() {
            super("not written directly", null, false, false);
        }
    }

    /**
     * @param factory the generator factory (Portico's settings)
     * @param value the value
     * @return its JSON, or {@code null} if it holds a value this writer does not write
     * @throws IOException if the generator fails (a write limit)
     */
    static byte[] toBytes(JsonFactory factory, Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = factory.createGenerator(out)) {
            write(g, value);
        } catch (NotMine e) {
            return null;
        }
        return out.toByteArray();
    }

    /** Describes the class once, so the first request writing it does not. */
    static void prime(Class<?> c) {
        if (c.isRecord() || c.isEnum()) {
            SHAPES.get(c);
        }
    }

    private static void write(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).intValue());
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Float f) {
            g.writeNumber(f);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof Map<?, ?> m) {
            writeMap(g, m);
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Object[] a) {
            g.writeStartArray();
            for (Object o : a) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (v.getClass().isRecord()) {
            writeRecord(g, v); // before the rarer types, whose classes a GET returning a record need not load
        } else if (v instanceof Optional<?> o) {
            write(g, o.orElse(null));
        } else if (v instanceof OptionalInt o) {
            write(g, o.isPresent() ? (Object) o.getAsInt() : null);
        } else if (v instanceof OptionalLong o) {
            write(g, o.isPresent() ? (Object) o.getAsLong() : null);
        } else if (v instanceof OptionalDouble o) {
            write(g, o.isPresent() ? (Object) o.getAsDouble() : null);
        } else if (v instanceof Enum<?> e) {
            if (SHAPES.get(e.getDeclaringClass()) != PLAIN_ENUM) {
                throw NotMine.INSTANCE;
            }
            g.writeString(e.name());
        } else if (v instanceof UUID || v instanceof URI || v instanceof Character || v instanceof Path
                || isTime(v.getClass())) {
            g.writeString(v.toString());
        } else {
            throw NotMine.INSTANCE;
        }
    }

    private static boolean isTime(Class<?> c) {
        return c.getName().startsWith("java.time.") && (TemporalAccessor.class.isAssignableFrom(c)
                || TemporalAmount.class.isAssignableFrom(c) || ZoneId.class.isAssignableFrom(c));
    }

    private static void writeMap(JsonGenerator g, Map<?, ?> m) throws IOException {
        g.writeStartObject();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object k = e.getKey();
            if (k == null) {
                throw NotMine.INSTANCE;
            }
            g.writeFieldName(k instanceof Enum<?> en ? en.name() : k.toString());
            write(g, e.getValue());
        }
        g.writeEndObject();
    }

    private static void writeRecord(JsonGenerator g, Object v) throws IOException {
        if (!(SHAPES.get(v.getClass()) instanceof RecordShape r)) {
            throw NotMine.INSTANCE;
        }
        g.writeStartObject();
        for (int i = 0; i < r.names.length; i++) {
            Object component;
            try {
                component = r.accessors[i].invoke(v);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw NotMine.INSTANCE; // jackson-jr reports it as it does
            }
            g.writeFieldName(r.names[i]);
            write(g, component);
        }
        g.writeEndObject();
    }

    /** Component names and accessors of a record written here. */
    private static final class RecordShape {
        final String[] names;
        final Method[] accessors;

        RecordShape(String[] names, Method[] accessors) {
            this.names = names;
            this.accessors = accessors;
        }
    }

    private static Object describe(Class<?> type) {
        if (type.isEnum()) {
            return JacksonTypes.annotated(type) ? NOT_MINE : PLAIN_ENUM;
        }
        if (!type.isRecord() || JacksonTypes.isJdk(type) || JacksonTypes.annotated(type)) {
            return NOT_MINE;
        }
        RecordComponent[] components = type.getRecordComponents();
        String[] names = new String[components.length];
        Method[] accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            Method m = components[i].getAccessor();
            names[i] = components[i].getName();
            if (looksLikeGetter(names[i]) || !m.trySetAccessible()) {
                return NOT_MINE;
            }
            accessors[i] = m;
        }
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 0 && looksLikeGetter(m.getName())) {
                return NOT_MINE; // an extra getter: jackson-jr decides whether it is a property
            }
        }
        return new RecordShape(names, accessors);
    }

    private static boolean looksLikeGetter(String name) {
        return (name.startsWith("get") && name.length() > 3) || (name.startsWith("is") && name.length() > 2);
    }
}
