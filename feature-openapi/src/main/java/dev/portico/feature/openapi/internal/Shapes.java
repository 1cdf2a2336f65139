package dev.portico.feature.openapi.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.type.TypeFactory;
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
 * Definitions of named types are shared, so recursive types work.
 */
public final class Shapes {
    private final TypeFactory types = TypeFactory.defaultInstance();
    private final Map<Class<?>, TypeDef> defs = new HashMap<>();
    private ObjectMapper introspector;

    /** An empty registry. */
    public Shapes() {
    }

    /**
     * @param type a Java type
     * @return Jackson's view of it, generics resolved
     */
    public JavaType javaType(Type type) {
        return types.constructType(type);
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
        return of(javaType(type), sources);
    }

    Shape of(JavaType t, AnnotatedElement[] sources) {
        Class<?> raw = t.getRawClass();
        if (raw == Optional.class) {
            Shape inner = of(t.containedTypeOrUnknown(0), typeArgument(sources, 0, true));
            return inner.nullable(!inner.constraints().notNull());
        }
        Shape base;
        if (raw == OptionalInt.class || raw == OptionalLong.class) {
            base = scalar(Kind.INTEGER, types.constructType(raw == OptionalInt.class ? Integer.class : Long.class),
                    raw == OptionalInt.class ? "int32" : "int64").nullable(true);
        } else if (raw == OptionalDouble.class) {
            base = scalar(Kind.NUMBER, types.constructType(Double.class), "double").nullable(true);
        } else {
            base = base(t, sources);
        }
        Constraints c = ConstraintReader.read(base, sources);
        Description d = find(Description.class, sources);
        Example e = find(Example.class, sources);
        JsonNode example = e == null ? null : JsonText.value(base.kind(), e.value());
        return base.constrained(c).documented(d == null ? null : d.value(), example)
                .nullable((base.nullable() || nullableAnnotated(sources)) && !c.notNull());
    }

    private Shape scalar(Kind kind, JavaType t, String format) {
        return new Shape(kind, t, format, null, null, false, false, Constraints.NONE, null, null);
    }

    private Shape base(JavaType t, AnnotatedElement[] sources) {
        Class<?> raw = t.getRawClass();
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
        if (t.isArrayType() || t.isCollectionLikeType() || Collection.class.isAssignableFrom(raw)) {
            Shape items = of(t.getContentType() != null ? t.getContentType() : types.constructType(Object.class),
                    typeArgument(sources, 0, false));
            return new Shape(Kind.ARRAY, t, null, items, null, Set.class.isAssignableFrom(raw), false,
                    Constraints.NONE, null, null);
        }
        if (t.isMapLikeType()) {
            Shape values = of(t.getContentType(), typeArgument(sources, 1, false));
            return new Shape(Kind.MAP, t, null, values, null, false, false, Constraints.NONE, null, null);
        }
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
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

    private TypeDef objectDef(JavaType t) {
        Class<?> raw = t.getRawClass();
        TypeDef def = defs.get(raw);
        if (def != null) {
            return def;
        }
        Description d = raw.getAnnotation(Description.class);
        def = new TypeDef(raw, Kind.OBJECT, d == null ? null : d.value(), List.of());
        defs.put(raw, def);
        List<Property> props = new ArrayList<>();
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                AnnotatedElement[] sources = {c, c.getAnnotatedType(), c.getAccessor()};
                JavaType type = types.resolveMemberType(c.getGenericType(), t.getBindings());
                props.add(property(jsonName(c.getName(), sources), type, sources, raw));
            }
        } else {
            BeanDescription bean = introspector().getSerializationConfig().introspect(t);
            for (BeanPropertyDefinition p : bean.findProperties()) {
                List<AnnotatedElement> sources = new ArrayList<>();
                for (AnnotatedMember m : new AnnotatedMember[] {p.getField(), p.getGetter(), p.getSetter()}) {
                    if (m != null && m.getAnnotated() != null) {
                        sources.add(m.getAnnotated());
                    }
                }
                props.add(property(p.getName(), p.getPrimaryType(), sources.toArray(new AnnotatedElement[0]), raw));
            }
        }
        def.properties(props);
        return def;
    }

    private Property property(String name, JavaType type, AnnotatedElement[] sources, Class<?> owner) {
        Shape shape;
        try {
            shape = of(type, sources);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Property '" + name + "' of " + owner.getName() + ": " + e.getMessage(), e);
        }
        boolean required = type.isPrimitive() || !shape.nullable();
        return new Property(name, shape, required);
    }

    private static String jsonName(String name, AnnotatedElement[] sources) {
        JsonProperty p = find(JsonProperty.class, sources);
        return p != null && !p.value().isEmpty() ? p.value() : name;
    }

    private ObjectMapper introspector() {
        if (introspector == null) {
            introspector = new ObjectMapper();
        }
        return introspector;
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
