package dev.portico.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.TreeCodec;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.jr.ob.JacksonJrExtension;
import com.fasterxml.jackson.jr.ob.api.ExtensionContext;
import com.fasterxml.jackson.jr.ob.api.ReaderWriterModifier;
import com.fasterxml.jackson.jr.ob.api.ReaderWriterProvider;
import com.fasterxml.jackson.jr.ob.api.ValueReader;
import com.fasterxml.jackson.jr.ob.api.ValueWriter;
import com.fasterxml.jackson.jr.ob.impl.BeanPropertyIntrospector;
import com.fasterxml.jackson.jr.ob.impl.JSONReader;
import com.fasterxml.jackson.jr.ob.impl.JSONWriter;
import com.fasterxml.jackson.jr.ob.impl.POJODefinition;
import com.fasterxml.jackson.jr.ob.impl.ValueWriterLocator;
import dev.portico.api.JsonCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
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
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The default {@link JsonCodec}: reads request bodies and writes handler results with jackson-jr over
 * jackson-core, so no jackson-databind class is loaded for records, beans, lists, maps, arrays, enums,
 * {@code Optional*}, {@code BigDecimal}/{@code BigInteger}, {@code UUID}, {@code URI}, {@code Path}
 * and {@code java.time} values. It keeps the semantics of {@link Mappers#create()} (the
 * {@code ObjectMapper} that serves everything else, created on first use):
 *
 * <ul>
 *   <li>Writing: records in component order, beans in field declaration order, nulls written,
 *       enums by {@code name()}, {@code BigDecimal} plain, {@code java.time} as ISO-8601,
 *       {@code Optional} as its value or {@code null}, {@code Path} as its path string. Types
 *       carrying Jackson annotations, {@code JsonNode}s and JDK types jackson-jr has no writer for
 *       ({@code Date}, {@code Locale}, ...) are written by the mapper, in place.</li>
 *   <li>Reading: the JSON token must be the natural one for the target (a number for an
 *       {@code int}, a string for an enum, ...). Anything else (a coercion such as {@code "42"} into
 *       an {@code int}, a binding error, content after the value) is read again by the mapper, so
 *       lenient coercions and every 400 message stay exactly what they are with the mapper. Malformed
 *       JSON and the {@link #LIMITS} fail in jackson-core's parser, as they would with the mapper.
 *       Types jackson-jr cannot bind like the mapper (Jackson annotations, {@code Optional<T>}
 *       properties, generic classes, maps with non-string keys, sets, primitive arrays, beans with
 *       private fields and no setter, interfaces) are read by the mapper ({@link #jrReadable}).</li>
 * </ul>
 */
public final class DefaultJsonCodec implements JsonCodec {

    /**
     * Limits on request bodies, enforced by jackson-core while parsing (docs/bad-input.md): nesting
     * 1,000 deep, numbers of 1,000 characters, strings of 6 MiB (Lambda's payload limit), property
     * names of 50,000 characters. The standard mapper uses the same limits.
     */
    public static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(1000)
            .maxNumberLength(1000)
            .maxStringLength(6 * 1024 * 1024)
            .maxNameLength(50_000)
            .build();

    private static final JsonFactory FACTORY = newFactory();

    private static final Object MAPPER = new Object();

    private final Supplier<ObjectMapper> mapper;
    private final Jr jr;
    private final Map<Type, Object> plans = new ConcurrentHashMap<>();

    /** With the standard mapper, created on first use. */
    public DefaultJsonCodec() {
        this(new StandardMapper());
    }

    /**
     * Supplies {@link Mappers#standard()}. A class, not a lambda or method reference: linking either
     * loads {@code ObjectMapper} (the lambda's return type) or {@code Mappers}, and with it most of
     * jackson-databind, when the codec is created rather than when a mapper is needed.
     */
    private static final class StandardMapper implements Supplier<ObjectMapper> {
        @Override
        public ObjectMapper get() {
            return Mappers.standard();
        }
    }

    /** @param mapper supplies the mapper for what jackson-jr does not handle like it */
    public DefaultJsonCodec(Supplier<ObjectMapper> mapper) {
        this.mapper = mapper;
        this.jr = new Jr(JSON.builder(FACTORY)
                .enable(JSON.Feature.WRITE_NULL_PROPERTIES, JSON.Feature.WRITE_RECORD_FIELDS_IN_DECLARATION_ORDER,
                        JSON.Feature.WRITE_DATES_AS_TIMESTAMP)
                .disable(JSON.Feature.USE_DEFERRED_MAPS, JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS,
                        JSON.Feature.FLUSH_AFTER_WRITE_VALUE)
                .jsonWriter(new NamingWriter())
                .register(new Extension(new Provider(mapper))));
    }

    /**
     * @return a new factory with Portico's settings: the {@link #LIMITS}, {@code BigDecimal} written
     *     plain
     */
    public static JsonFactory newFactory() {
        return JsonFactory.builder().streamReadConstraints(LIMITS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    }

    @Override
    public byte[] write(Object value) throws IOException {
        return jr.asBytes(value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T read(byte[] json, Type type) throws IOException {
        Object plan = plan(type);
        if (plan != MAPPER) {
            try (JsonParser p = FACTORY.createParser(json)) {
                Object value = readPlanned(plan, p);
                if (p.nextToken() == null) {
                    return (T) value;
                }
                // Content after the value: the mapper refuses it with its own message.
            } catch (StreamReadException e) {
                throw e; // malformed JSON or a limit: the mapper's parser would fail at the same token
            } catch (IOException | RuntimeException e) {
                // A value jackson-jr does not take as it is: the mapper coerces it or says what is wrong.
            }
        }
        ObjectMapper m = mapper.get();
        return m.readValue(json, m.constructType(type));
    }

    private Object readPlanned(Object plan, JsonParser p) throws IOException {
        if (plan instanceof ListOf l) {
            return jr.listOfFrom(l.element, p);
        }
        if (plan instanceof MapOf m) {
            return jr.mapOfFrom(m.value, p);
        }
        return jr.beanFrom((Class<?>) plan, p);
    }

    @Override
    public JsonNode readTree(byte[] json) throws IOException {
        return mapper.get().readTree(json);
    }

    /**
     * Resolves jackson-jr's readers and writers for the type and the types it contains, so the first
     * request binding or returning one does not pay for the introspection.
     */
    @Override
    public void prime(Type type) {
        Object plan = plan(type);
        Set<Class<?>> classes = new java.util.LinkedHashSet<>();
        collect(type, classes);
        for (Class<?> c : classes) {
            jr.primeWriter(c);
            if (plan != MAPPER && !c.isPrimitive()) {
                try {
                    jr.beanFrom(c, "null");
                } catch (IOException | RuntimeException e) {
                    // not readable on its own: it was resolved as part of its container
                }
            }
        }
    }

    // ---------------------------------------------------------------- read plans

    private record ListOf(Class<?> element) {
    }

    private record MapOf(Class<?> value) {
    }

    private Object plan(Type type) {
        Object plan = plans.get(type);
        if (plan == null) {
            plan = computePlan(type);
            plans.put(type, plan);
        }
        return plan;
    }

    private static Object computePlan(Type type) {
        if (!jrReadable(type, new HashMap<>())) {
            return MAPPER;
        }
        if (type instanceof Class<?> c) {
            return c;
        }
        ParameterizedType p = (ParameterizedType) type;
        Class<?> raw = (Class<?>) p.getRawType();
        Type[] args = p.getActualTypeArguments();
        if (raw == List.class || raw == Collection.class || raw == ArrayList.class) {
            return args[0] instanceof Class<?> e ? new ListOf(e) : MAPPER;
        }
        if (raw == Map.class || raw == LinkedHashMap.class || raw == HashMap.class) {
            return args[1] instanceof Class<?> v ? new MapOf(v) : MAPPER;
        }
        return MAPPER;
    }

    private static final Set<Class<?>> SCALARS = Set.of(String.class, Boolean.class, Integer.class, Long.class,
            Short.class, Byte.class, Double.class, Float.class, BigDecimal.class, BigInteger.class, UUID.class,
            URI.class, Path.class, Object.class);

    private static final Map<Class<?>, Function<String, Object>> TIME_PARSERS = timeParsers();

    private static Map<Class<?>, Function<String, Object>> timeParsers() {
        Map<Class<?>, Function<String, Object>> m = new HashMap<>();
        m.put(Instant.class, Instant::parse);
        m.put(LocalDate.class, LocalDate::parse);
        m.put(LocalDateTime.class, LocalDateTime::parse);
        m.put(LocalTime.class, LocalTime::parse);
        m.put(OffsetDateTime.class, OffsetDateTime::parse);
        m.put(OffsetTime.class, OffsetTime::parse);
        m.put(ZonedDateTime.class, ZonedDateTime::parse);
        m.put(Year.class, Year::parse);
        m.put(YearMonth.class, YearMonth::parse);
        m.put(MonthDay.class, MonthDay::parse);
        m.put(Duration.class, Duration::parse);
        m.put(Period.class, Period::parse);
        m.put(ZoneId.class, ZoneId::of);
        return m;
    }

    private static boolean isList(Class<?> c) {
        return c == List.class || c == Collection.class || c == ArrayList.class;
    }

    private static boolean isMap(Class<?> c) {
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
        if (SCALARS.contains(c) || TIME_PARSERS.containsKey(c) || isList(c) || isMap(c)) {
            return true;
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
            return !annotatedEnum(c);
        }
        if (isJdk(c) || c.isInterface() || Modifier.isAbstract(c.getModifiers()) || c.getTypeParameters().length > 0
                || (c.isMemberClass() && !Modifier.isStatic(c.getModifiers())) || annotatedClass(c)) {
            return false;
        }
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                if (!jrReadable(rc.getGenericType(), seen)) {
                    return false;
                }
            }
            return true;
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
    private static void collect(Type type, Set<Class<?>> into) {
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
            } else if (!isJdk(c) && !c.isEnum() && !c.isPrimitive()) {
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

    private static boolean isJdk(Class<?> c) {
        String n = c.getName();
        return n.startsWith("java.") || n.startsWith("javax.") || n.startsWith("jdk.") || n.startsWith("sun.")
                || n.startsWith("com.sun.");
    }

    // ---------------------------------------------------------------- Jackson annotations

    private static final ClassValue<Boolean> ANNOTATED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isEnum() ? annotatedEnumUncached(type) : annotatedClassUncached(type);
        }
    };

    private static boolean annotatedClass(Class<?> c) {
        return ANNOTATED.get(c);
    }

    private static boolean annotatedEnum(Class<?> c) {
        return ANNOTATED.get(c);
    }

    private static boolean annotatedEnumUncached(Class<?> type) {
        if (jacksonAnnotated(type.getAnnotations())) {
            return true;
        }
        for (Field f : type.getDeclaredFields()) {
            if (jacksonAnnotated(f.getAnnotations())) {
                return true;
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (jacksonAnnotated(m.getAnnotations())) {
                return true;
            }
        }
        return false;
    }

    private static boolean annotatedClassUncached(Class<?> type) {
        for (Class<?> k = type; k != null && k != Object.class && k != Record.class; k = k.getSuperclass()) {
            if (jacksonAnnotated(k.getAnnotations())) {
                return true;
            }
            for (Field f : k.getDeclaredFields()) {
                if (jacksonAnnotated(f.getAnnotations())) {
                    return true;
                }
            }
            for (Method m : k.getDeclaredMethods()) {
                if (jacksonAnnotated(m.getAnnotations())) {
                    return true;
                }
            }
            for (Constructor<?> ctor : k.getDeclaredConstructors()) {
                if (jacksonAnnotated(ctor.getAnnotations())) {
                    return true;
                }
                for (Annotation[] ps : ctor.getParameterAnnotations()) {
                    if (jacksonAnnotated(ps)) {
                        return true;
                    }
                }
            }
        }
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (jacksonAnnotated(c.getAnnotations())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean jacksonAnnotated(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().startsWith("com.fasterxml.jackson.")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- jackson-jr customization

    /** jackson-jr's {@code JSON}, with access to its writer cache for priming. */
    private static final class Jr extends JSON {
        Jr(JSON.Builder b) {
            super(b);
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
    }

    private static final class Extension extends JacksonJrExtension {
        private final Provider provider;

        Extension(Provider provider) {
            this.provider = provider;
        }

        @Override
        protected void register(ExtensionContext ctxt) {
            ctxt.insertProvider(provider);
            ctxt.insertModifier(new BeanOrder());
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
     * Bean properties in the mapper's order: declared fields first (superclass first), then
     * properties without a field, alphabetically. Records keep jackson-jr's declaration order.
     */
    private static final class BeanOrder extends ReaderWriterModifier {
        @Override
        public POJODefinition pojoDefinitionForSerialization(JSONWriter ctx, Class<?> type) {
            if (type.isRecord()) {
                return null;
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
            props.sort((a, b) -> Integer.compare(order.getOrDefault(a.name, Integer.MAX_VALUE),
                    order.getOrDefault(b.name, Integer.MAX_VALUE)));
            return def.withProperties(props);
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
                return annotatedEnum(e) ? new Writer(Writer.MAPPER, raw, mapper) : new Writer(Writer.ENUM, raw, null);
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
            if (isJdk(raw) || raw.getName().startsWith("com.fasterxml.jackson.") || annotatedClass(raw)) {
                return new Writer(Writer.MAPPER, raw, mapper);
            }
            return null;
        }

        /** Types jackson-jr writes as the mapper does. */
        private static boolean jrWrites(Class<?> raw) {
            return raw == String.class || raw == Boolean.class || raw == Integer.class || raw == Long.class
                    || raw == Short.class || raw == Byte.class || raw == Double.class || raw == Float.class
                    || raw == BigDecimal.class || raw == BigInteger.class || raw == Character.class
                    || raw == UUID.class || raw == URI.class || raw.isArray() || raw.isPrimitive()
                    || Map.class.isAssignableFrom(raw) || Collection.class.isAssignableFrom(raw)
                    || Path.class.isAssignableFrom(raw) || raw == StringBuilder.class;
        }

        @Override
        public ValueReader findValueReader(JSONReader ctx, Class<?> raw) {
            if (raw.isEnum()) {
                return new EnumReader(raw);
            }
            Function<String, Object> time = TIME_PARSERS.get(raw);
            if (time != null) {
                return new TextReader(raw, time);
            }
            if (raw == UUID.class) {
                return new TextReader(raw, s -> s.length() == 36 ? UUID.fromString(s) : unusual());
            }
            if (raw == URI.class) {
                return new TextReader(raw, s -> s.isEmpty() ? unusual() : URI.create(s));
            }
            if (raw == Path.class) {
                return new TextReader(raw, s -> s.isEmpty() || s.indexOf(':') >= 0 ? unusual() : Path.of(s));
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

    /** Thrown when a value is not the plain token for its type: the mapper then reads the body. */
    private static final class Unusual extends IOException {
        private static final long serialVersionUID = 1L;
        static final Unusual INSTANCE = new Unusual();

        private Unusual() {
            super("not read by jackson-jr");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // a signal, not an error: no stack to capture
        }
    }

    private static Object unusual() {
        throw new IllegalArgumentException("not read by jackson-jr");
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

    /** Reads a JSON string with a parser ({@code java.time}, {@code UUID}, {@code URI}, {@code Path}). */
    private static final class TextReader extends ValueReader {
        private final Function<String, Object> parse;

        TextReader(Class<?> type, Function<String, Object> parse) {
            super(type);
            this.parse = parse;
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
                return parse.apply(_valueType == Path.class ? p.getText() : p.getText().trim());
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
