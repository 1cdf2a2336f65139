package dev.portico.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code ObjectMapper} Portico uses when the fast JSON path does not apply: compact output,
 * unknown properties ignored, content after the JSON value refused, {@code BigDecimal} written plain, {@code java.time} values as
 * ISO-8601 strings, {@code Optional}/{@code OptionalInt}/{@code OptionalLong}/{@code OptionalDouble} as
 * their value or {@code null}, {@code Path} as its path string (without extra Jackson modules, which
 * would be further dependencies), and the body limits of {@link DefaultJsonCodec#LIMITS}. Created on
 * first use only.
 */
public final class Mappers {

    private Mappers() {
    }

    private static final class Holder {
        static final ObjectMapper STANDARD = create();
    }

    /** @return the shared standard mapper, created on first call */
    public static ObjectMapper standard() {
        return Holder.STANDARD;
    }

    /** @return a new mapper with Portico's settings, for users who want to start from them */
    public static ObjectMapper create() {
        return JsonMapper.builder(DefaultJsonCodec.newFactory())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .addModule(javaTypes())
                .build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static SimpleModule javaTypes() {
        SimpleModule m = new SimpleModule("portico-java-types");
        // The java.time types and their ISO-8601 parsers are the default codec's (JrTypes), so both
        // paths read and write the same ones.
        for (Class<?> t : JrTypes.timeTypes()) {
            m.addSerializer((Class) t, ToStringSerializer.instance);
            addParser(m, (Class) t, s -> JrTypes.parseTime(t, s));
        }
        // A Path as its path string, as the default codec writes it (Jackson's own serializer writes a
        // file: URI).
        m.addSerializer((Class) java.nio.file.Path.class, ToStringSerializer.instance);
        m.addSerializer((Class) Optional.class, new OptionalSerializer());
        m.addSerializer(java.util.OptionalInt.class, new ValueOrNull<>(java.util.OptionalInt.class,
                o -> o.isPresent() ? o.getAsInt() : null));
        m.addSerializer(java.util.OptionalLong.class, new ValueOrNull<>(java.util.OptionalLong.class,
                o -> o.isPresent() ? o.getAsLong() : null));
        m.addSerializer(java.util.OptionalDouble.class, new ValueOrNull<>(java.util.OptionalDouble.class,
                o -> o.isPresent() ? o.getAsDouble() : null));
        m.addDeserializer((Class) Optional.class, new OptionalDeserializer(null));
        return m;
    }

    private static <T> void addParser(SimpleModule m, Class<T> type, Function<String, T> parse) {
        m.addDeserializer(type, new StdDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                if (text == null) {
                    return (T) ctxt.handleUnexpectedToken(type, p);
                }
                try {
                    return parse.apply(text.trim());
                } catch (java.time.DateTimeException e) {
                    return (T) ctxt.handleWeirdStringValue(type, text, "not an ISO-8601 %s", type.getSimpleName());
                }
            }
        });
    }

    /** Writes an {@code Optional} as its value or {@code null}. */
    private static final class OptionalSerializer extends StdSerializer<Optional<?>> {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings({"unchecked", "rawtypes"})
        OptionalSerializer() {
            super((Class) Optional.class);
        }

        @Override
        public void serialize(Optional<?> value, com.fasterxml.jackson.core.JsonGenerator gen,
                              SerializerProvider provider) throws IOException {
            if (value.isPresent()) {
                provider.defaultSerializeValue(value.get(), gen);
            } else {
                gen.writeNull();
            }
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Optional<?> value) {
            return value == null || value.isEmpty();
        }
    }

    /** Writes an {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble} as its value or null. */
    private static final class ValueOrNull<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<T, Object> value;

        ValueOrNull(Class<T> type, Function<T, Object> value) {
            super(type);
            this.value = value;
        }

        @Override
        public void serialize(T v, com.fasterxml.jackson.core.JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            provider.defaultSerializeValue(value.apply(v), gen);
        }
    }

    /** Reads an {@code Optional<T>}: {@code null} or a missing property give {@code Optional.empty()}. */
    private static final class OptionalDeserializer extends StdDeserializer<Optional<?>>
            implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;
        private final JavaType valueType;

        OptionalDeserializer(JavaType valueType) {
            super(Optional.class);
            this.valueType = valueType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType type = property != null ? property.getType() : ctxt.getContextualType();
            JavaType content = type == null ? null : type.containedType(0);
            return new OptionalDeserializer(content == null ? ctxt.constructType(Object.class) : content);
        }

        @Override
        public Optional<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JavaType t = valueType == null ? ctxt.constructType(Object.class) : valueType;
            return Optional.ofNullable(ctxt.readValue(p, t));
        }

        @Override
        public Optional<?> getNullValue(DeserializationContext ctxt) {
            return Optional.empty();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return Optional.empty();
        }
    }
}
