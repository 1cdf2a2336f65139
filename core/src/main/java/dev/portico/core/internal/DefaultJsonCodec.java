package dev.portico.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.JsonCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The default {@link JsonCodec}. Writes common values (maps, collections, arrays, records, strings,
 * numbers, booleans, enums, {@code Optional}, {@code UUID}, {@code java.time}) straight to a Jackson
 * generator without an {@code ObjectMapper}; anything else, and all reading, goes to an
 * {@code ObjectMapper} created on first use ({@link Mappers#standard()}). Records are described once
 * per class ({@link ClassValue}); records or enums carrying Jackson annotations are left to the
 * mapper so their annotations apply.
 */
public final class DefaultJsonCodec implements JsonCodec {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private static final ClassValue<Object> SHAPES = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
            return describe(type);
        }
    };
    private static final Object MAPPER_ONLY = new Object();
    private static final Object PLAIN_ENUM = new Object();

    private final Supplier<ObjectMapper> mapper;

    /** With the standard mapper, created on first use. */
    public DefaultJsonCodec() {
        // A lambda, not a method reference: linking Mappers::standard would load Mappers, and with it
        // most of jackson-databind, when the codec is created rather than when a mapper is needed.
        this(() -> Mappers.standard());
    }

    /** @param mapper supplies the mapper for what the fast path does not write, and for reading */
    public DefaultJsonCodec(Supplier<ObjectMapper> mapper) {
        this.mapper = mapper;
    }

    @Override
    public byte[] write(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writeValue(g, value);
        }
        return out.toByteArray();
    }

    @Override
    public <T> T read(byte[] json, Type type) throws IOException {
        ObjectMapper m = mapper.get();
        return m.readValue(json, m.constructType(type));
    }

    @Override
    public JsonNode readTree(byte[] json) throws IOException {
        return mapper.get().readTree(json);
    }

    private void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            g.writeNumber(((Number) v).doubleValue());
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof Map<?, ?> m) {
            writeMap(g, m);
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                writeValue(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Object[] a) {
            g.writeStartArray();
            for (Object o : a) {
                writeValue(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof UUID || v instanceof URI || v instanceof Character || v instanceof Duration
                || v instanceof Period || v instanceof ZoneId
                || (v instanceof TemporalAccessor && v.getClass().getName().startsWith("java.time."))) {
            g.writeString(v.toString());
        } else if (v instanceof Optional<?> o) {
            writeValue(g, o.orElse(null));
        } else if (v instanceof OptionalInt o) {
            writeValue(g, o.isPresent() ? o.getAsInt() : null);
        } else if (v instanceof OptionalLong o) {
            writeValue(g, o.isPresent() ? o.getAsLong() : null);
        } else if (v instanceof OptionalDouble o) {
            writeValue(g, o.isPresent() ? o.getAsDouble() : null);
        } else {
            writeShaped(g, v);
        }
    }

    private void writeMap(JsonGenerator g, Map<?, ?> m) throws IOException {
        g.writeStartObject();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object k = e.getKey();
            g.writeFieldName(k instanceof Enum<?> en && SHAPES.get(en.getDeclaringClass()) == PLAIN_ENUM
                    ? en.name() : String.valueOf(k));
            writeValue(g, e.getValue());
        }
        g.writeEndObject();
    }

    private void writeShaped(JsonGenerator g, Object v) throws IOException {
        Class<?> type = v instanceof Enum<?> en ? en.getDeclaringClass() : v.getClass();
        Object shape = SHAPES.get(type);
        if (shape == PLAIN_ENUM) {
            g.writeString(((Enum<?>) v).name());
        } else if (shape instanceof RecordShape r) {
            g.writeStartObject();
            for (int i = 0; i < r.names.length; i++) {
                g.writeFieldName(r.names[i]);
                Object component;
                try {
                    component = r.accessors[i].invoke(v);
                } catch (ReflectiveOperationException | RuntimeException t) {
                    throw new IOException("Cannot read component " + r.names[i] + " of " + type.getName(), t);
                }
                writeValue(g, component);
            }
            g.writeEndObject();
        } else {
            mapper.get().writeValue(g, v);
        }
    }

    /**
     * Names and accessors of a record without Jackson annotations, looked up once per class. The
     * accessors are {@code Method}s rather than method handles: on the Java 17 runtime the first
     * method handle call costs a cold start about 5 ms more, and a cached {@code Method} is as fast
     * once warm.
     */
    private static final class RecordShape {
        final String[] names;
        final java.lang.reflect.Method[] accessors;

        RecordShape(String[] names, java.lang.reflect.Method[] accessors) {
            this.names = names;
            this.accessors = accessors;
        }
    }

    private static Object describe(Class<?> type) {
        if (type.isEnum()) {
            if (jacksonAnnotated(type.getAnnotations())) {
                return MAPPER_ONLY;
            }
            for (var f : type.getDeclaredFields()) {
                if (f.isEnumConstant() && jacksonAnnotated(f.getAnnotations())) {
                    return MAPPER_ONLY;
                }
            }
            for (var m : type.getDeclaredMethods()) {
                if (jacksonAnnotated(m.getAnnotations())) {
                    return MAPPER_ONLY;
                }
            }
            return PLAIN_ENUM;
        }
        if (!type.isRecord() || jacksonAnnotated(type.getAnnotations())) {
            return MAPPER_ONLY;
        }
        RecordComponent[] components = type.getRecordComponents();
        String[] names = new String[components.length];
        java.lang.reflect.Method[] accessors = new java.lang.reflect.Method[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                if (jacksonAnnotated(c.getAnnotations()) || jacksonAnnotated(c.getAccessor().getAnnotations())) {
                    return MAPPER_ONLY;
                }
                names[i] = c.getName();
                accessors[i] = accessor(c.getAccessor());
            }
        } catch (RuntimeException e) {
            return MAPPER_ONLY;
        }
        return new RecordShape(names, accessors);
    }

    /**
     * The accessor, made callable: public records in exported packages are callable as they are;
     * others work on the class path and in packages opened to Portico, and are left to the mapper
     * otherwise.
     */
    private static java.lang.reflect.Method accessor(java.lang.reflect.Method m) {
        if (!m.trySetAccessible()) {
            throw new IllegalStateException("cannot call " + m);
        }
        return m;
    }

    private static boolean jacksonAnnotated(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().startsWith("com.fasterxml.jackson.")) {
                return true;
            }
        }
        return false;
    }
}
