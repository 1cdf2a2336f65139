package dev.portico.api;

import java.util.Objects;

/**
 * A typed key of the per-request context ({@link Request#context()}), so that middlewares and handlers
 * share values without casts:
 *
 * <pre>{@code
 * static final ContextKey<User> USER = ContextKey.of("user", User.class);
 * static final ContextKey<List<String>> AUDIT = ContextKey.of("audit");   // a generic type
 *
 * request.put(USER, user);                                           // in a middleware
 * User user = request.get(USER);                                      // in the handler
 * request.computeIfAbsent(AUDIT, ArrayList::new).add("read");
 * }</pre>
 *
 * <p>A key stands for the context entry of its {@link #name()}: what the string API
 * ({@code appendContext}, {@code context().put}) stores under that name is what the key reads, and
 * the other way round. Keys are immutable; keep them in {@code static final} fields.
 *
 * @param <T> the type of the value
 */
public final class ContextKey<T> {
    private final String name;
    private final Class<?> type;

    private ContextKey(String name, Class<?> type) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A context key needs a non-empty name, e.g. ContextKey.of(\"user\", User.class)");
        }
        if (type != null && type.isPrimitive()) {
            throw new IllegalArgumentException("Context key '" + name + "' has the primitive type " + type
                    + "; context values are objects: use its wrapper class (e.g. Integer.class for int)");
        }
        this.name = name;
        this.type = type;
    }

    /**
     * A key whose values are checked against a class: reading an entry of another class under this
     * name (put there with the string API) fails naming both classes.
     *
     * @param name the entry's name in {@link Request#context()}
     * @param type the class of the values
     * @param <T> the type of the value
     * @return the key
     * @throws IllegalArgumentException when the name is empty or the type primitive
     */
    public static <T> ContextKey<T> of(String name, Class<T> type) {
        return new ContextKey<>(name, Objects.requireNonNull(type, "type"));
    }

    /**
     * A key for a generic type such as {@code List<String>}, which no {@code Class} can express
     * ({@code ContextKey<List<String>> AUDIT = ContextKey.of("audit");}). Its values are not checked.
     *
     * @param name the entry's name in {@link Request#context()}
     * @param <T> the type of the value
     * @return the key
     * @throws IllegalArgumentException when the name is empty
     */
    public static <T> ContextKey<T> of(String name) {
        return new ContextKey<>(name, null);
    }

    /** @return the entry's name in {@link Request#context()} */
    public String name() {
        return name;
    }

    @SuppressWarnings("unchecked") // checked against the key's class when it has one
    T cast(Object value) {
        if (value != null && type != null && !type.isInstance(value)) {
            throw new ClassCastException("The context entry '" + name + "' is a " + value.getClass().getName()
                    + ", not the " + type.getName() + " its ContextKey reads; something put it with the string "
                    + "API (appendContext or context().put) under the same name: use the key there too");
        }
        return (T) value;
    }

    @Override
    public String toString() {
        return type == null ? "ContextKey(" + name + ")" : "ContextKey(" + name + ": " + type.getName() + ")";
    }
}
