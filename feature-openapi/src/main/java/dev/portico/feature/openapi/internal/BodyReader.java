package dev.portico.feature.openapi.internal;

import dev.portico.api.JsonCodec;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * Reads validated values into their Java type with the application's codec
 * ({@link JsonCodec#read(byte[], Type)}), given the declared {@code java.lang.reflect.Type}.
 */
public final class BodyReader {
    private final Type type;
    private final Class<?> raw;
    private final boolean tree;

    /**
     * @param declared the declared type; an {@code Optional} is unwrapped
     * @param raw its class, {@code Optional} unwrapped
     */
    public BodyReader(Type declared, Class<?> raw) {
        Type t = declared;
        if (t instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            t = p.getActualTypeArguments()[0];
        }
        this.type = t;
        this.raw = raw;
        this.tree = isTree(raw);
    }

    /** By name, so that types which are not Jackson trees load no Jackson class. */
    private static boolean isTree(Class<?> raw) {
        for (Class<?> c = raw; c != null; c = c.getSuperclass()) {
            if (c.getName().equals("com.fasterxml.jackson.databind.JsonNode")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param codec the application's codec
     * @param value a validated value of {@link JsonValues}
     * @return the Java value
     * @throws IOException when the codec cannot read it
     */
    public Object read(JsonCodec codec, Object value) throws IOException {
        byte[] json = JsonValues.write(value);
        if (tree) {
            // A JsonNode parameter asked for Jackson's tree model: the user's choice, loaded only then.
            Object node = codec.readTree(json);
            if (!raw.isInstance(node)) {
                throw new IOException("not a " + raw.getSimpleName());
            }
            return node;
        }
        return codec.read(json, type);
    }

    /** @param codec the application's codec: prepares it for this type */
    public void prime(JsonCodec codec) {
        if (!tree) {
            codec.prime(type);
        }
    }

    /** @return whether the type is a Jackson tree ({@code JsonNode}), read by the mapper */
    public boolean tree() {
        return tree;
    }

    /** @return the type read */
    public Type type() {
        return type;
    }

    /** @return its class */
    public Class<?> raw() {
        return raw;
    }
}
