package dev.portico.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.JsonCodec;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The default {@link JsonCodec}: reads request bodies and writes handler results with jackson-jr over
 * jackson-core, so no jackson-databind class is loaded for records, beans, lists, maps, arrays, enums,
 * {@code Optional*}, {@code BigDecimal}/{@code BigInteger}, {@code UUID}, {@code URI}, {@code Path}
 * and {@code java.time} values. It keeps the semantics of {@link Mappers#create()} (the
 * {@code ObjectMapper} that serves everything else, created on first use):
 *
 * <ul>
 *   <li>Writing: values made only of records, maps, collections, object arrays, scalars, enums,
 *       {@code Optional*}, {@code UUID}, {@code URI}, {@code Path} and {@code java.time} are written
 *       straight to a jackson-core generator ({@link DirectWriter}), so a GET returning a record loads
 *       no jackson-jr class; any other value is written whole by jackson-jr, set up on first use. Both
 *       write the same bytes: records in component order, beans in field declaration order, nulls written,
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
 *       private fields and no setter, interfaces) are read by the mapper
 *       ({@link JrTypes#jrReadable}).</li>
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
    private volatile JrBinding.Jr jrOnce;
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
    }

    /** jackson-jr, set up on first use: a GET writing only what {@link DirectWriter} writes never needs it. */
    private JrBinding.Jr jr() {
        JrBinding.Jr j = jrOnce;
        if (j == null) {
            synchronized (this) {
                j = jrOnce;
                if (j == null) {
                    j = JrBinding.create(FACTORY, mapper);
                    jrOnce = j;
                }
            }
        }
        return j;
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
    public boolean isDefault() {
        return true;
    }

    @Override
    public byte[] write(Object value) throws IOException {
        byte[] direct = DirectWriter.toBytes(FACTORY, value);
        return direct != null ? direct : jr().asBytes(value);
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
        JrBinding.Jr jr = jr();
        if (plan instanceof ListOf l) {
            return jr.listOfFrom(l.element, p);
        }
        if (plan instanceof MapOf m) {
            return jr.mapOfFrom(m.value, p);
        }
        if (plan instanceof ParameterizedType t) {
            return jr.readGeneric(t, p);
        }
        return jr.beanFrom((Class<?>) plan, p);
    }

    @Override
    public JsonNode readTree(byte[] json) throws IOException {
        return mapper.get().readTree(json);
    }

    /**
     * Resolves jackson-jr's readers and writers for the type and the types it contains, so the first
     * request binding or returning one does not pay for the introspection. For a type only the mapper
     * reads or writes (Jackson annotations, {@code Optional} properties, ...), the mapper is created
     * and its deserializer and serializer for the type are fetched instead.
     */
    @Override
    public void prime(Type type) {
        Object plan = plan(type);
        Set<Class<?>> classes = new LinkedHashSet<>();
        JrTypes.collect(type, classes);
        boolean mapperWrites = false;
        JrBinding.Jr jr = jr();
        for (Class<?> c : classes) {
            DirectWriter.prime(c);
            mapperWrites |= !c.isPrimitive() && !JacksonTypes.isJdk(c) && JacksonTypes.annotated(c);
            jr.primeWriter(c);
            if (plan != MAPPER && !c.isPrimitive() && !JrTypes.isList(c) && !JrTypes.isMap(c)) {
                try {
                    jr.beanFrom(c, "null");
                } catch (IOException | RuntimeException e) {
                    // not readable on its own: it was resolved as part of its container
                }
            }
        }
        if (plan == MAPPER || mapperWrites) {
            try {
                ObjectMapper m = mapper.get();
                m.readerFor(m.constructType(type));
                m.writerFor(m.constructType(type));
            } catch (RuntimeException e) {
                // a type the mapper cannot handle fails on first use, as without priming
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
        if (type instanceof Class<?> c && JrTypes.isList(c)) {
            return new ListOf(Object.class);
        }
        if (type instanceof Class<?> c && JrTypes.isMap(c)) {
            return new MapOf(Object.class);
        }
        if (!JrTypes.jrReadable(type, new HashMap<>())) {
            return MAPPER;
        }
        if (type instanceof Class<?> c) {
            return c;
        }
        ParameterizedType p = (ParameterizedType) type;
        Type[] args = p.getActualTypeArguments();
        if (JrTypes.isList((Class<?>) p.getRawType()) && args[0] instanceof Class<?> e) {
            return new ListOf(e);
        }
        if (JrTypes.isMap((Class<?>) p.getRawType()) && args[1] instanceof Class<?> v) {
            return new MapOf(v);
        }
        return p; // nested type arguments: jackson-jr's reader locator resolves them
    }

}
