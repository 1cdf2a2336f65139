package dev.portico.feature.openapi.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.portico.feature.openapi.internal.JsonValues.JsonNumber;
import dev.portico.feature.openapi.internal.Shape.Kind;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fast path of a record whose components are all strings, integers, doubles or booleans,
 * compiled when the application is built: a request body is read in one streaming pass (each
 * component's JSON value read, checked by the component's compiled {@link Checks.Check} in lax mode,
 * and the record built with its canonical constructor from the checked values), and a handler's
 * result is checked component by component on the Java values, with no tree, map or second parse.
 *
 * <p>It only ever answers the happy case. Anything else (a problem of any kind, a duplicate or
 * unknown key, a nested value, malformed JSON, a constructor that throws) answers {@link #FALLBACK}
 * or {@code false}, and the caller runs the general path, which produces every 400/422 answer
 * exactly as before. The general path reads the checked values into the type with the default
 * codec (jackson-jr, canonical constructor), so both give the same record; it is only used with that
 * codec, never with a user's {@code ObjectMapper} or codec. Thread-safe.
 */
public final class CheckedRecord {
    /** Answered by {@link #read} when the general path must run. */
    public static final Object FALLBACK = new Object();
    private static final List<Object> NO_LOC = List.of();
    private static final Set<Class<?>> INTEGERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class);
    private static final Set<Class<?>> DOUBLES = Set.of(double.class, Double.class);
    private static final Set<Class<?>> BOOLEANS = Set.of(boolean.class, Boolean.class);

    private final Class<?> type;
    private final Constructor<?> constructor;
    private final Method[] accessors;
    private final String[] names;
    private final Checks.Check[] checks;
    private final int requiredMask;

    private CheckedRecord(Class<?> type, Constructor<?> constructor, Method[] accessors, String[] names,
                          Checks.Check[] checks, int requiredMask) {
        this.type = type;
        this.constructor = constructor;
        this.accessors = accessors;
        this.names = names;
        this.checks = checks;
        this.requiredMask = requiredMask;
    }

    /**
     * @param shape the shape of a body or result
     * @return its fast path, or {@code null} when the shape is not a record of plain scalars (the
     *     general path then serves it)
     */
    public static CheckedRecord of(Shape shape) {
        if (shape == null || shape.kind() != Kind.OBJECT || shape.def() == null) {
            return null;
        }
        Class<?> type = shape.def().type();
        if (!type.isRecord() || type.getTypeParameters().length > 0 || jacksonAnnotated(type)) {
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        List<Property> props = shape.def().properties();
        if (components.length == 0 || components.length > 31 || props.size() != components.length) {
            return null;
        }
        String[] names = new String[components.length];
        Checks.Check[] checks = new Checks.Check[components.length];
        Method[] accessors = new Method[components.length];
        Class<?>[] types = new Class<?>[components.length];
        int required = 0;
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Property p = props.get(i);
            if (!p.name().equals(c.getName()) || !(c.getGenericType() instanceof Class<?>) || !plain(p.shape(), c.getType())) {
                return null;
            }
            names[i] = p.name();
            checks[i] = Checks.compile(p.shape());
            accessors[i] = c.getAccessor();
            types[i] = c.getType();
            if (p.required()) {
                required |= 1 << i;
            }
        }
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            return null;
        }
        if (!accessible(type, constructor)) {
            return null;
        }
        for (Method m : accessors) {
            if (!accessible(type, m)) {
                return null;
            }
        }
        return new CheckedRecord(type, constructor, accessors, names, checks, required);
    }

    private static boolean plain(Shape s, Class<?> raw) {
        return switch (s.kind()) {
            case STRING -> raw == String.class && s.textReader() == null;
            case INTEGER -> INTEGERS.contains(raw);
            case NUMBER -> DOUBLES.contains(raw);
            case BOOLEAN -> BOOLEANS.contains(raw);
            default -> false;
        };
    }

    /** Whether this module may call the member; made accessible when it can be, which skips the check per call. */
    private static boolean accessible(Class<?> type, java.lang.reflect.AccessibleObject member) {
        if (member.trySetAccessible()) {
            return true;
        }
        return Modifier.isPublic(type.getModifiers()) && member instanceof java.lang.reflect.Member m
                && Modifier.isPublic(m.getModifiers()) && type.getModule().isExported(type.getPackageName());
    }

    /** Whether Jackson annotations (which the codec follows and this path does not) are anywhere on the record. */
    private static boolean jacksonAnnotated(Class<?> type) {
        List<AnnotatedElement> elements = new ArrayList<>();
        elements.add(type);
        for (RecordComponent c : type.getRecordComponents()) {
            elements.add(c);
            elements.add(c.getAccessor());
            elements.add(c.getAnnotatedType());
        }
        for (Field f : type.getDeclaredFields()) {
            elements.add(f);
        }
        for (Method m : type.getDeclaredMethods()) {
            elements.add(m);
        }
        for (Constructor<?> k : type.getDeclaredConstructors()) {
            elements.add(k);
            for (java.lang.reflect.Parameter p : k.getParameters()) {
                elements.add(p);
            }
        }
        for (AnnotatedElement e : elements) {
            for (Annotation a : e.getAnnotations()) {
                if (jackson(a.annotationType())) {
                    return true;
                }
                if (ours(a.annotationType())) {
                    continue;
                }
                for (Annotation meta : a.annotationType().getAnnotations()) {
                    if (jackson(meta.annotationType())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * @param a an annotation type
     * @return whether it is one of Portico's ({@code dev.portico.feature.openapi.annotations}) or the
     *     JDK's, whose meta-annotations need not be read
     */
    static boolean ours(Class<? extends Annotation> a) {
        String n = a.getName();
        return n.startsWith("dev.portico.feature.openapi.annotations.") || n.startsWith("java.lang.annotation.");
    }

    private static boolean jackson(Class<? extends Annotation> a) {
        return a.getName().startsWith("com.fasterxml.jackson.");
    }

    /** @return the record class */
    public Class<?> type() {
        return type;
    }

    /**
     * Reads, checks (lax mode, as for requests) and builds the record in one pass.
     *
     * @param json the UTF-8 body
     * @return the record, or {@link #FALLBACK} when anything is not the happy case
     */
    public Object read(byte[] json) {
        return read(json, true);
    }

    private Object read(byte[] json, boolean build) {
        Object[] values = new Object[names.length];
        int seen = 0;
        try (JsonParser p = JsonValues.factory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return FALLBACK;
            }
            String name;
            while ((name = p.nextFieldName()) != null) {
                int i = index(name);
                if (i < 0 || (seen & (1 << i)) != 0) {
                    return FALLBACK;
                }
                seen |= 1 << i;
                JsonToken t = p.nextToken();
                Object v;
                if (t == JsonToken.VALUE_STRING) {
                    v = p.getText();
                } else if (t == JsonToken.VALUE_NUMBER_INT) {
                    v = new JsonNumber(p.getText(), true);
                } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                    v = new JsonNumber(p.getText(), false);
                } else if (t == JsonToken.VALUE_TRUE) {
                    v = Boolean.TRUE;
                } else if (t == JsonToken.VALUE_FALSE) {
                    v = Boolean.FALSE;
                } else if (t == JsonToken.VALUE_NULL) {
                    v = null;
                } else {
                    return FALLBACK;
                }
                values[i] = v;
            }
            if (p.nextToken() != null) {
                return FALLBACK;
            }
        } catch (java.io.IOException | RuntimeException e) {
            return FALLBACK;
        }
        if ((seen & requiredMask) != requiredMask) {
            return FALLBACK;
        }
        List<Problem> problems = new ArrayList<>(0);
        for (int i = 0; i < values.length; i++) {
            if ((seen & (1 << i)) != 0) {
                values[i] = checks[i].apply(values[i], NO_LOC, problems, true);
                if (!problems.isEmpty()) {
                    return FALLBACK;
                }
            }
        }
        if (!build) {
            return FALLBACK;
        }
        try {
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return FALLBACK;
        }
    }

    /**
     * Runs {@link #read} once on a body with every component (a type-appropriate zero value: the
     * checks may refuse it, which is fine), so the parser, the checks and this path are warm; the
     * record is not built (its constructor is the application's code), no handler runs.
     */
    public void prime() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < names.length; i++) {
            Kind k = checks[i].shape().kind();
            json.append(i == 0 ? "" : ",").append('"').append(names[i]).append("\":")
                    .append(k == Kind.STRING ? "\"\"" : k == Kind.BOOLEAN ? "false" : k == Kind.NUMBER ? "0.5" : "1");
        }
        read(json.append('}').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
    }

    private int index(String name) {
        String[] n = names;
        for (int i = 0; i < n.length; i++) {
            if (n[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < n.length; i++) {
            if (n[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks a result (strict mode, as for responses) on its Java values, as the general path checks
     * the JSON the codec writes for it: strings as strings, integers and doubles as the numbers the
     * codec writes, booleans as booleans.
     *
     * @param value a result
     * @return whether it is an instance of the record whose components are all non-null, finite and
     *     pass their checks; {@code false} sends the caller down the general path
     */
    public boolean valid(Object value) {
        if (value == null || value.getClass() != type) {
            return false;
        }
        List<Problem> problems = new ArrayList<>(0);
        for (int i = 0; i < accessors.length; i++) {
            Object v;
            try {
                v = accessors[i].invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return false;
            }
            Object json = asWritten(v);
            if (json == null) {
                return false;
            }
            checks[i].apply(json, NO_LOC, problems, false);
            if (!problems.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** @return the value as the JSON parser would give it back once written, or {@code null} to fall back */
    private static Object asWritten(Object v) {
        if (v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return new JsonNumber(v.toString(), true);
        }
        if (v instanceof Double d && Double.isFinite(d)) {
            return new JsonNumber(Double.toString(d), false);
        }
        return null;
    }
}
