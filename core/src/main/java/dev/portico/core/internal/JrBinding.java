package dev.portico.core.internal;

import static dev.portico.core.internal.JacksonTypes.annotated;
import static dev.portico.core.internal.JacksonTypes.isJdk;
import static dev.portico.core.internal.JrTypes.SCALARS;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.TreeCodec;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.jr.ob.JacksonJrExtension;
import com.fasterxml.jackson.jr.ob.api.ExtensionContext;
import com.fasterxml.jackson.jr.ob.api.ReaderWriterModifier;
import com.fasterxml.jackson.jr.ob.api.ReaderWriterProvider;
import com.fasterxml.jackson.jr.ob.api.ValueReader;
import com.fasterxml.jackson.jr.ob.api.ValueWriter;
import com.fasterxml.jackson.jr.ob.impl.BeanConstructors;
import com.fasterxml.jackson.jr.ob.impl.BeanPropertyIntrospector;
import com.fasterxml.jackson.jr.ob.impl.BeanPropertyReader;
import com.fasterxml.jackson.jr.ob.impl.BeanReader;
import com.fasterxml.jackson.jr.ob.impl.JSONReader;
import com.fasterxml.jackson.jr.ob.impl.JSONWriter;
import com.fasterxml.jackson.jr.ob.impl.POJODefinition;
import com.fasterxml.jackson.jr.ob.impl.ValueReaderLocator;
import com.fasterxml.jackson.jr.ob.impl.ValueWriterLocator;
import java.io.IOException;
import java.io.OutputStream;
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
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Portico's jackson-jr set-up for {@link DefaultJsonCodec}: strict readers (the natural token only,
 * anything else goes to the mapper), writers for enums, {@code Optional*} and {@code java.time}, the
 * mapper in place for the types jackson-jr does not write like it, map keys and bean property order
 * as the mapper writes them.
 */
final class JrBinding {
    private JrBinding() {
    }

    /**
     * @param factory the parser and generator factory
     * @param mapper the mapper for what jackson-jr does not write like it
     * @return jackson-jr configured as the mapper behaves
     */
    static Jr create(JsonFactory factory, Supplier<ObjectMapper> mapper) {
        return new Jr(new Jr(JSON.builder(factory)
                .enable(JSON.Feature.WRITE_NULL_PROPERTIES, JSON.Feature.WRITE_RECORD_FIELDS_IN_DECLARATION_ORDER,
                        JSON.Feature.WRITE_DATES_AS_TIMESTAMP)
                .disable(JSON.Feature.USE_DEFERRED_MAPS, JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS,
                        JSON.Feature.FLUSH_AFTER_WRITE_VALUE)
                .jsonWriter(new NamingWriter())
                .register(new Extension(new Provider(mapper)))));
    }

    /** jackson-jr's {@code JSON}, reading through a {@link Locator}, with access to its writer cache for priming. */
    static final class Jr extends JSON {
        private Jr(JSON.Builder b) {
            super(b);
        }

        /** The same configuration, its readers located by a {@link Locator}. */
        private Jr(Jr base) {
            super(base, new Locator(base._valueReaderLocator), base._valueWriterLocator);
        }

        void primeWriter(Class<?> c) {
            try (JsonGenerator g = _jsonFactory.createGenerator(OutputStream.nullOutputStream())) {
                JSONWriter w = _writerForOperation(g);
                if (w instanceof NamingWriter n) {
                    n.locator().findSerializationType(c);
                }
            } catch (IOException | RuntimeException e) {
                // nothing to cache for this type
            }
        }

        /**
         * Reads a value of a parameterized type such as {@code Map<String, List<Todo>>}: jackson-jr's
         * public API reads only classes and lists or maps of classes, its reader locator resolves any
         * type.
         */
        Object readGeneric(ParameterizedType type, JsonParser p) throws IOException {
            JSONReader r = _readerForOperation(_initForReading(p));
            Object value = new Locator(_valueReaderLocator, _features & JSON.CACHE_FLAGS, r)
                    .readerFor(type).read(r, p);
            p.clearCurrentToken();
            return value;
        }
    }

    /**
     * jackson-jr's reader locator, building its own {@link BeanReader} for a record from the
     * {@link RecordDefinition} Portico gives it (jackson-jr's record path lists the record's fields
     * again with a stream and lambdas), resolving collection and map types without asking the class
     * that declares them for its type parameters when the type has no type variable, and asked for
     * the reader of a parameterized type.
     */
    private static final class Locator extends ValueReaderLocator {
        Locator(ValueReaderLocator base) {
            super(base, base.readerWriterProvider(), base.readerWriterModifier());
        }

        Locator(ValueReaderLocator base, int features, JSONReader r) {
            super(base, features, r);
        }

        private Locator(ValueReaderLocator base, ReaderWriterProvider rwp, ReaderWriterModifier rwm) {
            super(base, rwp, rwm);
        }

        @Override
        public ValueReaderLocator perOperationInstance(JSONReader r, int features) {
            return new Locator(this, features & JSON.CACHE_FLAGS, r);
        }

        @Override
        public ValueReaderLocator with(ReaderWriterProvider rwp) {
            return rwp == _readerProvider ? this : new Locator(this, rwp, _readerModifier);
        }

        @Override
        public ValueReaderLocator with(ReaderWriterModifier rwm) {
            return rwm == _readerModifier ? this : new Locator(this, _readerProvider, rwm);
        }

        ValueReader readerFor(ParameterizedType type) {
            return createReader(null, (Class<?>) type.getRawType(), type);
        }

        @Override
        protected ValueReader collectionReader(Class<?> contextType, Type collectionType) {
            return super.collectionReader(hasTypeVariable(collectionType) ? contextType : null, collectionType);
        }

        @Override
        protected ValueReader mapReader(Class<?> contextType, Type mapType) {
            return super.mapReader(hasTypeVariable(mapType) ? contextType : null, mapType);
        }

        /** Whether the type needs the type parameters of the class declaring it to be resolved. */
        private static boolean hasTypeVariable(Type type) {
            if (type instanceof Class<?>) {
                return false;
            }
            if (type instanceof ParameterizedType p) {
                for (Type a : p.getActualTypeArguments()) {
                    if (hasTypeVariable(a)) {
                        return true;
                    }
                }
                return p.getOwnerType() != null && hasTypeVariable(p.getOwnerType());
            }
            return true; // a type variable, a wildcard or a generic array: resolved in its context
        }

        /** For a {@link RecordDefinition}, the reader jackson-jr builds for a record, without its helpers. */
        @Override
        protected BeanReader _resolveBeanForDeser(Class<?> raw, POJODefinition def) {
            if (!(def instanceof RecordDefinition r)
                    || JSON.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES.isEnabled(_features)) {
                return super._resolveBeanForDeser(raw, def);
            }
            BeanConstructors constructors = def.constructors();
            if (JSON.Feature.FORCE_REFLECTION_ACCESS.isEnabled(_features)) {
                constructors.forceAccess();
            }
            List<POJODefinition.Prop> props = def.getProperties();
            Map<String, BeanPropertyReader> byName = new LinkedHashMap<>();
            for (int i = 0; i < props.size(); i++) {
                String name = props.get(i).name;
                byName.put(name, new BeanPropertyReader(name, r.fields[i], null, i));
            }
            return new BeanReader(raw, byName, constructors, def.getIgnorableNames(), null);
        }
    }

    /**
     * A plain record as jackson-jr's introspection would define it, read straight from
     * {@link Class#getRecordComponents()}: its components in declaration order, each with its
     * accessor as getter (and its field, for reading), and the canonical constructor for reading.
     */
    static final class RecordDefinition extends POJODefinition {
        final Field[] fields;

        private RecordDefinition(Class<?> type, Prop[] props, BeanConstructors constructors, Field[] fields) {
            super(type, props, constructors);
            this.fields = fields;
        }

        /**
         * @param type a class
         * @param reading for reading (with the canonical constructor) or writing
         * @return its definition, or {@code null} when it is not a record or not a plain one, which
         *     jackson-jr's introspection then defines as it would without Portico: a record with a
         *     {@code getX()}, {@code isX()} or {@code setX(v)} method beside its accessors (jackson-jr
         *     takes those for bean properties, as the mapper does). Components named like getters
         *     ({@code isActive}) are plain: written by their names, as the mapper writes them (jackson-jr's
         *     introspection would write {@code active}).
         */
        static RecordDefinition of(Class<?> type, boolean reading) {
            if (!type.isRecord()) {
                return null;
            }
            RecordComponent[] components = type.getRecordComponents();
            int n = components.length;
            Prop[] props = new Prop[n];
            Class<?>[] types = new Class<?>[n];
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < n; i++) {
                RecordComponent c = components[i];
                String name = c.getName();
                types[i] = c.getType();
                props[i] = new Prop(name, name, null, null, c.getAccessor(), null, null);
                index.put(name, i);
            }
            for (Method m : type.getDeclaredMethods()) {
                int mod = m.getModifiers();
                if (Modifier.isStatic(mod) || m.isSynthetic() || m.isBridge()) {
                    continue;
                }
                String name = m.getName();
                int count = m.getParameterCount();
                if ((count == 0 && Modifier.isPublic(mod) && !index.containsKey(name)
                        && (beanName(name, "get") || beanName(name, "is"))) || (count == 1 && beanName(name, "set"))) {
                    return null;
                }
            }
            Field[] fields = new Field[n];
            for (Field f : type.getDeclaredFields()) {
                Integer i = index.get(f.getName());
                if (i != null && !Modifier.isStatic(f.getModifiers())) {
                    fields[i] = f;
                }
            }
            for (Field f : fields) {
                if (f == null) {
                    return null;
                }
            }
            BeanConstructors constructors = null;
            if (reading) {
                try {
                    constructors = new BeanConstructors(type).addRecordConstructor(type.getDeclaredConstructor(types));
                } catch (NoSuchMethodException e) {
                    return null;
                }
            }
            return new RecordDefinition(type, props, constructors, fields);
        }

        /** Whether jackson-jr takes a method of this name for a bean property's getter or setter. */
        private static boolean beanName(String name, String prefix) {
            return name.startsWith(prefix) && name.length() > prefix.length();
        }
    }

    private static final class Extension extends JacksonJrExtension {
        private final Provider provider;

        Extension(Provider provider) {
            this.provider = provider;
        }

        @Override
        protected void register(ExtensionContext ctxt) {
            ctxt.insertProvider(provider);
            ctxt.insertModifier(new Definitions());
        }
    }

    /** Writes map keys as the mapper does: enums by {@code name()}. */
    private static final class NamingWriter extends JSONWriter {
        NamingWriter() {
        }

        private NamingWriter(NamingWriter base, int features, ValueWriterLocator loc, TreeCodec tc, JsonGenerator g) {
            super(base, features, loc, tc, g);
        }

        @Override
        public JSONWriter perOperationInstance(int features, ValueWriterLocator loc, TreeCodec tc, JsonGenerator g) {
            return new NamingWriter(this, features, loc, tc, g);
        }

        ValueWriterLocator locator() {
            return _writerLocator;
        }

        @Override
        protected String keyToString(Object key) {
            return key instanceof Enum<?> e ? e.name() : String.valueOf(key);
        }
    }

    /**
     * The definitions jackson-jr binds with: plain records from their components
     * ({@link RecordDefinition}; jackson-jr's introspection, built for Java 8, calls
     * {@code getRecordComponents} reflectively, and Java 17 then parses the method's annotations
     * through {@code java.lang.reflect.Proxy}); bean properties in the mapper's order, declared
     * fields first (superclass first), then properties without a field, alphabetically.
     */
    private static final class Definitions extends ReaderWriterModifier {
        @Override
        public POJODefinition pojoDefinitionForDeserialization(JSONReader ctx, Class<?> type) {
            return RecordDefinition.of(type, true);
        }

        @Override
        public POJODefinition pojoDefinitionForSerialization(JSONWriter ctx, Class<?> type) {
            if (type.isRecord()) {
                return RecordDefinition.of(type, false);
            }
            POJODefinition def = BeanPropertyIntrospector.instance().pojoDefinitionForSerialization(ctx, type);
            List<Class<?>> chain = new ArrayList<>();
            for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
                chain.add(0, k);
            }
            Map<String, Integer> order = new HashMap<>();
            for (Class<?> k : chain) {
                for (Field f : k.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        order.putIfAbsent(f.getName(), order.size());
                    }
                }
            }
            List<POJODefinition.Prop> props = new ArrayList<>(def.getProperties());
            props.sort(new ByOrder(order));
            return def.withProperties(props);
        }
    }

    /** Orders properties by their field's position; those without a field last. A class, not a lambda. */
    private static final class ByOrder implements Comparator<POJODefinition.Prop> {
        private final Map<String, Integer> order;

        ByOrder(Map<String, Integer> order) {
            this.order = order;
        }

        @Override
        public int compare(POJODefinition.Prop a, POJODefinition.Prop b) {
            return Integer.compare(order.getOrDefault(a.name, Integer.MAX_VALUE),
                    order.getOrDefault(b.name, Integer.MAX_VALUE));
        }
    }

    /** Portico's readers and writers for the types jackson-jr has none for, or reads too leniently. */
    private static final class Provider extends ReaderWriterProvider {
        private final Supplier<ObjectMapper> mapper;

        Provider(Supplier<ObjectMapper> mapper) {
            this.mapper = mapper;
        }

        @Override
        public ValueWriter findValueWriter(JSONWriter ctx, Class<?> raw) {
            if (Enum.class.isAssignableFrom(raw)) {
                Class<?> e = raw.isEnum() ? raw : raw.getSuperclass();
                return annotated(e) ? new Writer(Writer.MAPPER, raw, mapper) : new Writer(Writer.ENUM, raw, null);
            }
            if (raw == Optional.class || raw == OptionalInt.class || raw == OptionalLong.class
                    || raw == OptionalDouble.class) {
                return new Writer(Writer.OPTIONAL, raw, null);
            }
            if (raw.getName().startsWith("java.time.") && (TemporalAccessor.class.isAssignableFrom(raw)
                    || TemporalAmount.class.isAssignableFrom(raw) || ZoneId.class.isAssignableFrom(raw))) {
                return new Writer(Writer.TO_STRING, raw, null);
            }
            if (jrWrites(raw)) {
                return null;
            }
            if (isJdk(raw) || raw.getName().startsWith("com.fasterxml.jackson.") || annotated(raw)
                    || (!raw.isRecord() && !hasProperties(raw))) {
                return new Writer(Writer.MAPPER, raw, mapper);
            }
            return null;
        }

        /**
         * Whether a bean has a property to write: a class without one is the mapper's to refuse
         * (jackson-jr would write {@code {}}).
         */
        private static boolean hasProperties(Class<?> raw) {
            for (Field f : raw.getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    return true;
                }
            }
            for (Method m : raw.getMethods()) {
                String n = m.getName();
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                        && m.getDeclaringClass() != Object.class
                        && ((n.startsWith("get") && n.length() > 3) || (n.startsWith("is") && n.length() > 2))) {
                    return true;
                }
            }
            return false;
        }

        /** Types jackson-jr writes as the mapper does. */
        private static boolean jrWrites(Class<?> raw) {
            return raw == String.class || raw == Boolean.class || raw == Integer.class || raw == Long.class
                    || raw == Short.class || raw == Byte.class || raw == Double.class || raw == Float.class
                    || raw == BigDecimal.class || raw == BigInteger.class || raw == Character.class
                    || raw == URI.class || JrTypes.isUuid(raw) || raw.isArray() || raw.isPrimitive()
                    || Map.class.isAssignableFrom(raw) || Collection.class.isAssignableFrom(raw)
                    || Path.class.isAssignableFrom(raw);
        }

        @Override
        public ValueReader findValueReader(JSONReader ctx, Class<?> raw) {
            if (raw.isEnum()) {
                return new EnumReader(raw);
            }
            if (JrTypes.isText(raw)) {
                return new TextReader(raw);
            }
            if (raw == Object.class || !(raw.isPrimitive() || SCALARS.contains(raw))) {
                return null;
            }
            return new ScalarReader(raw);
        }
    }

    /** A writer jackson-jr asks for by class. */
    private static final class Writer implements ValueWriter {
        static final int ENUM = 0;
        static final int OPTIONAL = 1;
        static final int TO_STRING = 2;
        static final int MAPPER = 3;

        private final int kind;
        private final Class<?> type;
        private final Supplier<ObjectMapper> mapper;

        Writer(int kind, Class<?> type, Supplier<ObjectMapper> mapper) {
            this.kind = kind;
            this.type = type;
            this.mapper = mapper;
        }

        @Override
        public void writeValue(JSONWriter ctx, JsonGenerator g, Object value) throws IOException {
            switch (kind) {
                case ENUM -> g.writeString(((Enum<?>) value).name());
                case OPTIONAL -> ctx.writeValue(unwrap(value));
                case TO_STRING -> g.writeString(value.toString());
                default -> mapper.get().writeValue(g, value);
            }
        }

        private static Object unwrap(Object v) {
            if (v instanceof Optional<?> o) {
                return o.orElse(null);
            }
            if (v instanceof OptionalInt o) {
                return o.isPresent() ? o.getAsInt() : null;
            }
            if (v instanceof OptionalLong o) {
                return o.isPresent() ? o.getAsLong() : null;
            }
            OptionalDouble o = (OptionalDouble) v;
            return o.isPresent() ? o.getAsDouble() : null;
        }

        @Override
        public Class<?> valueType() {
            return type;
        }
    }

    /**
     * Thrown when a value is not the plain token for its type: the mapper then reads the body. One
     * shared instance, without stack trace or suppressed exceptions, so it costs nothing to throw.
     */
    private static final class Unusual extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unusual INSTANCE = new Unusual();

        private Unusual() {
            super("not read by jackson-jr", null, false, false);
        }
    }

    /** Strict readers of numbers, booleans and strings: the natural token only. */
    private static final class ScalarReader extends ValueReader {
        private final boolean primitive;

        ScalarReader(Class<?> type) {
            super(type);
            this.primitive = type.isPrimitive();
        }

        @Override
        public Object read(JSONReader reader, JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                if (primitive) {
                    throw Unusual.INSTANCE;
                }
                return null;
            }
            Class<?> c = _valueType;
            if (c == String.class) {
                if (t == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
            } else if (c == boolean.class || c == Boolean.class) {
                if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                    return t == JsonToken.VALUE_TRUE;
                }
            } else if (t == JsonToken.VALUE_NUMBER_INT) {
                return integral(c, p);
            } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                if (c == double.class || c == Double.class) {
                    return p.getDoubleValue();
                }
                if (c == float.class || c == Float.class) {
                    return p.getFloatValue();
                }
                if (c == BigDecimal.class) {
                    return p.getDecimalValue();
                }
            }
            throw Unusual.INSTANCE;
        }

        private static Object integral(Class<?> c, JsonParser p) throws IOException {
            JsonParser.NumberType n = p.getNumberType();
            if (c == int.class || c == Integer.class) {
                if (n == JsonParser.NumberType.INT) {
                    return p.getIntValue();
                }
            } else if (c == long.class || c == Long.class) {
                if (n != JsonParser.NumberType.BIG_INTEGER) {
                    return p.getLongValue();
                }
            } else if (c == short.class || c == Short.class) {
                if (n == JsonParser.NumberType.INT && p.getIntValue() == (short) p.getIntValue()) {
                    return (short) p.getIntValue();
                }
            } else if (c == byte.class || c == Byte.class) {
                if (n == JsonParser.NumberType.INT && p.getIntValue() == (byte) p.getIntValue()) {
                    return (byte) p.getIntValue();
                }
            } else if (c == double.class || c == Double.class) {
                return p.getDoubleValue();
            } else if (c == float.class || c == Float.class) {
                return p.getFloatValue();
            } else if (c == BigDecimal.class) {
                return p.getDecimalValue();
            } else if (c == BigInteger.class) {
                return p.getBigIntegerValue();
            }
            throw Unusual.INSTANCE;
        }
    }

    /**
     * Reads a JSON string into a {@code java.time} value, {@code UUID}, {@code URI} or {@code Path}.
     * One class for all of them rather than a lambda per type (each a generated class at cold start).
     */
    private static final class TextReader extends ValueReader {
        TextReader(Class<?> type) {
            super(type);
        }

        private Object parse(String s) {
            Class<?> c = _valueType;
            if (JrTypes.isUuid(c)) {
                if (s.length() != 36) {
                    throw Unusual.INSTANCE;
                }
                return UUID.fromString(s);
            }
            if (c == URI.class) {
                if (s.isEmpty()) {
                    throw Unusual.INSTANCE;
                }
                return URI.create(s);
            }
            if (c == Path.class) {
                if (s.isEmpty() || s.indexOf(':') >= 0) {
                    throw Unusual.INSTANCE;
                }
                return Path.of(s);
            }
            return JrTypes.parseTime(c, s);
        }

        @Override
        public Object read(JSONReader reader, JsonParser p) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NULL)) {
                return null;
            }
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw Unusual.INSTANCE;
            }
            try {
                return parse(_valueType == Path.class ? p.getText() : p.getText().trim());
            } catch (DateTimeException | IllegalArgumentException e) {
                throw Unusual.INSTANCE;
            }
        }
    }

    /** Reads an enum constant by its exact {@code name()}. */
    private static final class EnumReader extends ValueReader {
        private final Map<String, Object> byName = new HashMap<>();

        EnumReader(Class<?> type) {
            super(type);
            for (Object e : type.getEnumConstants()) {
                byName.put(((Enum<?>) e).name(), e);
            }
        }

        @Override
        public Object read(JSONReader reader, JsonParser p) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NULL)) {
                return null;
            }
            Object e = p.hasToken(JsonToken.VALUE_STRING) ? byName.get(p.getText()) : null;
            if (e == null) {
                throw Unusual.INSTANCE;
            }
            return e;
        }
    }
}
