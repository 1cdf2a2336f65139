package dev.portico.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Reads request bodies and writes response bodies as JSON. The default binds and writes records,
 * beans, lists, maps, arrays, enums, {@code Optional*}, {@code BigDecimal}, {@code UUID}, {@code URI},
 * {@code Path} and {@code java.time} values with jackson-jr, without jackson-databind, and uses a
 * Jackson {@code ObjectMapper}, created on first use, for trees, annotated types and bodies that need
 * a coercion or do not fit, with the same results. Replace it with {@code objectMapper(...)},
 * {@code serializer(...)} or {@code jsonCodec(...)} on the application builder.
 */
public interface JsonCodec {

    /**
     * @param value a value
     * @return its compact JSON, UTF-8 encoded
     * @throws IOException when the value cannot be serialized
     */
    byte[] write(Object value) throws IOException;

    /**
     * @param json UTF-8 JSON
     * @param type the type to read
     * @param <T> the type
     * @return the value
     * @throws IOException when the JSON is malformed or does not fit the type
     */
    <T> T read(byte[] json, Type type) throws IOException;

    /**
     * @param json UTF-8 JSON
     * @return the tree
     * @throws IOException when the JSON is malformed
     */
    JsonNode readTree(byte[] json) throws IOException;

    /**
     * Prepares reading and writing values of a type (introspection, binders) so the first request
     * that binds or returns one does not pay for it; called by {@code Resolver.prime()} and by
     * features priming their routes. Must have no side effect beyond caches. The default does
     * nothing.
     *
     * @param type a type that request bodies are read into or handler results are written from
     */
    default void prime(Type type) {
    }

    /**
     * Whether this is Portico's default codec, which writes a record of strings, numbers and booleans
     * as its components in declaration order, numbers plain and nulls written: a feature may then
     * write such a value itself, byte for byte the same (typed routes do). Only the default says
     * {@code true}; a codec of {@code objectMapper(...)}, {@code serializer(...)} or
     * {@code jsonCodec(...)} says {@code false}.
     *
     * @return {@code true} for Portico's default codec only
     */
    default boolean isDefault() {
        return false;
    }
}
