package dev.portico.feature.openapi.internal;

import dev.portico.feature.openapi.annotations.Description;
import dev.portico.feature.openapi.annotations.Example;
import dev.portico.feature.openapi.internal.Shape.Kind;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Describes Java types as {@link Shape}s, once, when routes are declared: records by their
 * components, other classes by the properties Jackson sees, enums by their constant names.
 * Definitions of named types are shared, so recursive types work. Types are resolved with
 * {@link JType} ({@code java.lang.reflect} only); jackson-databind is loaded only to introspect a
 * class that is not a record ({@link BeanProperties}).
 */
public final class Shapes {
    private final Map<Class<?>, TypeDef> defs = new HashMap<>();
    private BeanProperties beans;

    /** An empty registry. */
    public Shapes() {
    }

    /**
     * Describes one use of a type.
     *
     * @param type the declared type
     * @param sources where constraint and documentation annotations are looked for, in order
     * @return the shape
     * @throws IllegalArgumentException when a constraint does not fit the type
     */
    public Shape of(Type type, AnnotatedElement... sources) {
        return of(JType.of(type), sources);
    }

    Shape of(JType t, AnnotatedElement[] sources) {
        Class<?> raw = t.raw();
        if (raw == Optional.class) {
            Shape inner = of(t.arg(0), typeArgument(sources, 0, true));
            return inner.nullable(!inner.constraints().notNull());
        }
        Shape base;
        if (raw == OptionalInt.class || raw == OptionalLong.class) {
            base = scalar(Kind.INTEGER, JType.of(raw == OptionalInt.class ? Integer.class : Long.class),
                    raw == OptionalInt.class ? "int32" : "int64").nullable(true);
        } else if (raw == OptionalDouble.class) {
            base = scalar(Kind.NUMBER, JType.of(Double.class), "double").nullable(true);
        } else {
            base = base(t, sources);
        }
        Constraints c = ConstraintReader.read(base, sources);
        Description d = find(Description.class, sources);
        Example e = find(Example.class, sources);
        return base.constrained(c).documented(d == null ? null : d.value(), e == null ? null : e.value())
                .nullable((base.nullable() || nullableAnnotated(sources)) && !c.notNull());
    }

    private Shape scalar(Kind kind, JType t, String format) {
        return new Shape(kind, t, format, null, null, false, false, Constraints.NONE, null, null);
    }

    private Shape base(JType t, AnnotatedElement[] sources) {
        Class<?> raw = t.raw();
        Kind scalar = Scalars.kind(raw);
        if (scalar != null) {
            return scalar(scalar, t, Scalars.format(raw));
        }
        if (raw.isEnum()) {
            return new Shape(Kind.ENUM, t, null, null, enumDef(raw), false, false, Constraints.NONE, null, null);
        }
        if (raw == byte[].class) {
            return scalar(Kind.STRING, t, null);
        }
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            Shape items = of(t.elementType(), typeArgument(sources, 0, false));
            return new Shape(Kind.ARRAY, t, null, items, null, Set.class.isAssignableFrom(raw), false,
                    Constraints.NONE, null, null);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Shape values = of(t.valueType(), typeArgument(sources, 1, false));
            return new Shape(Kind.MAP, t, null, values, null, false, false, Constraints.NONE, null, null);
        }
        if (raw == Object.class || isTree(raw)) {
            return scalar(Kind.ANY, t, null);
        }
        if (raw.isPrimitive() || raw.isInterface() || raw.getName().startsWith("java.")) {
            throw new IllegalArgumentException("The type " + t.toCanonical() + " is not supported: use records, "
                    + "classes with properties, enums, lists, maps, strings, numbers, booleans, UUID or java.time");
        }
        return new Shape(Kind.OBJECT, t, null, null, objectDef(t), false, false, Constraints.NONE, null, null);
    }

    /**
     * Where the annotations of a type argument are: {@code List<@NotBlank String>} puts constraints
     * (Bean Validation's are {@code TYPE_USE}) on the element type.
     *
     * @param sources the annotated elements of the use
     * @param index the type argument (0 for elements and {@code Optional}, 1 for map values)
     * @param keep whether the use's own sources still apply ({@code Optional}, which is not a container)
     * @return the sources of the argument
     */
    private static AnnotatedElement[] typeArgument(AnnotatedElement[] sources, int index, boolean keep) {
        AnnotatedType arg = null;
        for (AnnotatedElement e : sources) {
            AnnotatedType at = annotatedType(e);
            if (at instanceof AnnotatedParameterizedType p && p.getAnnotatedActualTypeArguments().length > index) {
                arg = p.getAnnotatedActualTypeArguments()[index];
                break;
            } else if (at instanceof AnnotatedArrayType a && index == 0) {
                arg = a.getAnnotatedGenericComponentType();
                break;
            }
        }
        if (!keep) {
            return arg == null ? new AnnotatedElement[0] : new AnnotatedElement[] {arg};
        }
        AnnotatedElement[] out = new AnnotatedElement[sources.length + 1];
        out[0] = arg;
        System.arraycopy(sources, 0, out, 1, sources.length);
        return out;
    }

    private static AnnotatedType annotatedType(AnnotatedElement e) {
        if (e instanceof AnnotatedType t) {
            return t;
        } else if (e instanceof java.lang.reflect.Field f) {
            return f.getAnnotatedType();
        } else if (e instanceof java.lang.reflect.Method m) {
            // A getter or a route method: its result; a setter: its value.
            return m.getReturnType() != void.class ? m.getAnnotatedReturnType()
                    : m.getParameterCount() == 1 ? m.getAnnotatedParameterTypes()[0] : null;
        } else if (e instanceof java.lang.reflect.Parameter p) {
            return p.getAnnotatedType();
        } else if (e instanceof RecordComponent c) {
            return c.getAnnotatedType();
        }
        return null;
    }

    private TypeDef enumDef(Class<?> raw) {
        TypeDef def = defs.get(raw);
        if (def == null) {
            List<String> values = new ArrayList<>();
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            Description d = raw.getAnnotation(Description.class);
            def = new TypeDef(raw, Kind.ENUM, d == null ? null : d.value(), List.copyOf(values));
            defs.put(raw, def);
        }
        return def;
    }

    /** A Jackson tree ({@code JsonNode}), by name: other types load no Jackson class. */
    private static boolean isTree(Class<?> raw) {
        for (Class<?> c = raw; c != null; c = c.getSuperclass()) {
            if (c.getName().equals("com.fasterxml.jackson.databind.JsonNode")) {
                return true;
            }
        }
        return false;
    }

    private TypeDef objectDef(JType t) {
        Class<?> raw = t.raw();
        TypeDef def = defs.get(raw);
        if (def != null) {
            return def;
        }
        Description d = raw.getAnnotation(Description.class);
        def = new TypeDef(raw, Kind.OBJECT, d == null ? null : d.value(), List.of());
        defs.put(raw, def);
        List<Property> props = new ArrayList<>();
        if (raw.isRecord()) {
            Map<java.lang.reflect.TypeVariable<?>, JType> bindings = t.bindings();
            for (RecordComponent c : raw.getRecordComponents()) {
                AnnotatedElement[] sources = {c, c.getAnnotatedType(), c.getAccessor()};
                JType type = JType.of(c.getGenericType(), bindings);
                props.add(property(jsonName(c.getName(), sources), type, sources, raw));
            }
        } else {
            if (beans == null) {
                beans = new BeanProperties();
            }
            for (BeanProperties.Found p : beans.of(t)) {
                props.add(property(p.name(), p.type(), p.sources(), raw));
            }
        }
        def.properties(props);
        return def;
    }

    private Property property(String name, JType type, AnnotatedElement[] sources, Class<?> owner) {
        Shape shape;
        try {
            shape = of(type, sources);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Property '" + name + "' of " + owner.getName() + ": " + e.getMessage(), e);
        }
        boolean required = type.isPrimitive() || !shape.nullable();
        return new Property(name, shape, required);
    }

    /** The name of {@code @JsonProperty("name")}, read by annotation name: a record without one loads no Jackson class. */
    private static String jsonName(String name, AnnotatedElement[] sources) {
        for (AnnotatedElement e : sources) {
            if (e == null) {
                continue;
            }
            for (Annotation a : e.getAnnotations()) {
                if (a.annotationType().getName().equals("com.fasterxml.jackson.annotation.JsonProperty")) {
                    String value = ((com.fasterxml.jackson.annotation.JsonProperty) a).value();
                    return value.isEmpty() ? name : value;
                }
            }
        }
        return name;
    }

    /**
     * @param type an annotation type
     * @param sources where to look, in order
     * @param <A> the annotation type
     * @return the first found, or {@code null}
     */
    public static <A extends Annotation> A find(Class<A> type, AnnotatedElement[] sources) {
        for (AnnotatedElement e : sources) {
            if (e != null) {
                A a = e.getAnnotation(type);
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * @param sources annotated elements
     * @return whether any carries an annotation named {@code Nullable}, from whatever library
     */
    public static boolean nullableAnnotated(AnnotatedElement[] sources) {
        for (AnnotatedElement e : sources) {
            if (e != null) {
                for (Annotation a : e.getAnnotations()) {
                    if (a.annotationType().getSimpleName().equals("Nullable")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
