package dev.portico.feature.openapi.internal;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Java type with its type arguments resolved ({@code List<Todo>}, the {@code T} of a
 * {@code Page<Todo>}'s components), as shapes need it: its class, its arguments, the element type of
 * arrays and collections and the value type of maps. Built from {@code java.lang.reflect} alone, so
 * describing the types of typed routes loads no jackson-databind class. Immutable.
 */
public final class JType {
    private static final JType OBJECT = new JType(Object.class, List.of());
    private final Class<?> raw;
    private final List<JType> args;

    private JType(Class<?> raw, List<JType> args) {
        this.raw = raw;
        this.args = args;
    }

    /**
     * @param type a type without free type variables (those become their first bound)
     * @return it
     */
    public static JType of(Type type) {
        return of(type, Map.of());
    }

    /**
     * @param type a type
     * @param bindings the values of the type variables it may use
     * @return it, resolved
     */
    static JType of(Type type, Map<TypeVariable<?>, JType> bindings) {
        if (type instanceof Class<?> c) {
            if (c == Object.class) {
                return OBJECT;
            }
            TypeVariable<?>[] vars = c.getTypeParameters();
            if (vars.length == 0 || c.isArray()) {
                return new JType(c, List.of());
            }
            // A raw use of a generic class: its parameters are their bounds, as Jackson resolves them.
            JType[] bounds = new JType[vars.length];
            for (int i = 0; i < vars.length; i++) {
                bounds[i] = of(vars[i], bindings);
            }
            return new JType(c, List.of(bounds));
        }
        if (type instanceof ParameterizedType p) {
            Type[] actual = p.getActualTypeArguments();
            JType[] resolved = new JType[actual.length];
            for (int i = 0; i < actual.length; i++) {
                resolved[i] = of(actual[i], bindings);
            }
            return new JType((Class<?>) p.getRawType(), List.of(resolved));
        }
        if (type instanceof GenericArrayType g) {
            JType component = of(g.getGenericComponentType(), bindings);
            return new JType(java.lang.reflect.Array.newInstance(component.raw, 0).getClass(), List.of(component));
        }
        if (type instanceof TypeVariable<?> v) {
            JType bound = bindings.get(v);
            if (bound != null) {
                return bound;
            }
            Type[] bounds = v.getBounds();
            // Unbound (a raw use): its first bound, as Jackson resolves it; guarded against T extends Comparable<T>.
            Map<TypeVariable<?>, JType> guard = new HashMap<>(bindings);
            guard.put(v, OBJECT);
            return bounds.length == 0 ? OBJECT : of(bounds[0], guard);
        }
        if (type instanceof WildcardType w) {
            Type[] upper = w.getUpperBounds();
            return upper.length == 0 ? OBJECT : of(upper[0], bindings);
        }
        return OBJECT;
    }

    /**
     * @param raw a class
     * @param args its type arguments, resolved
     * @return the type
     */
    static JType of(Class<?> raw, JType... args) {
        return args.length == 0 ? of(raw) : new JType(raw, List.of(args));
    }

    /**
     * @param component an element type
     * @return the array type of it
     */
    static JType array(JType component) {
        return new JType(java.lang.reflect.Array.newInstance(component.raw, 0).getClass(), List.of(component));
    }

    /** @return the class */
    public Class<?> raw() {
        return raw;
    }

    /** @return the type arguments (empty for a raw use) */
    public List<JType> args() {
        return args;
    }

    /**
     * @param i an index
     * @return that type argument, or {@code Object} when there is none
     */
    public JType arg(int i) {
        return i < args.size() ? args.get(i) : OBJECT;
    }

    /** @return whether this is a primitive type */
    public boolean isPrimitive() {
        return raw.isPrimitive();
    }

    /** @return the type variables of the class bound to the arguments */
    Map<TypeVariable<?>, JType> bindings() {
        TypeVariable<?>[] vars = raw.getTypeParameters();
        if (vars.length == 0) {
            return Map.of();
        }
        Map<TypeVariable<?>, JType> out = new HashMap<>();
        for (int i = 0; i < vars.length; i++) {
            out.put(vars[i], i < args.size() ? args.get(i) : of(vars[i], Map.of()));
        }
        return out;
    }

    /** @return the element type of an array or {@code Collection}, {@code Object} when unknown */
    public JType elementType() {
        if (raw.isArray()) {
            return args.isEmpty() ? of(raw.getComponentType()) : args.get(0);
        }
        return supertypeArg(Collection.class, 0);
    }

    /** @return the value type of a {@code Map}, {@code Object} when unknown */
    public JType valueType() {
        return supertypeArg(Map.class, 1);
    }

    /**
     * @param target a generic supertype of this type's class
     * @param index one of its type parameters
     * @return the argument this type gives it ({@code String} for a class extending {@code ArrayList<String>})
     */
    private JType supertypeArg(Class<?> target, int index) {
        JType found = find(this, target);
        return found == null ? OBJECT : found.arg(index);
    }

    private static JType find(JType t, Class<?> target) {
        if (t.raw == target) {
            return t;
        }
        if (!target.isAssignableFrom(t.raw)) {
            return null;
        }
        Map<TypeVariable<?>, JType> b = t.bindings();
        for (Type i : t.raw.getGenericInterfaces()) {
            JType found = find(of(i, b), target);
            if (found != null) {
                return found;
            }
        }
        Type sup = t.raw.getGenericSuperclass();
        return sup == null ? null : find(of(sup, b), target);
    }

    /** @return the type's name as Jackson writes it: {@code java.util.List<java.lang.String>}, {@code int} */
    public String toCanonical() {
        if (args.isEmpty() || raw.isArray()) {
            return raw.getName();
        }
        StringBuilder sb = new StringBuilder(raw.getName()).append('<');
        for (int i = 0; i < args.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(args.get(i).toCanonical());
        }
        return sb.append('>').toString();
    }

    @Override
    public String toString() {
        return toCanonical();
    }
}
