package dev.portico.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.JsonCodec;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** A {@link JsonCodec} writing with a user function and reading with another codec. */
final class SerializerCodec implements JsonCodec {
    private final Function<Object, String> serializer;
    private final JsonCodec reader;

    SerializerCodec(Function<Object, String> serializer, JsonCodec reader) {
        this.serializer = serializer;
        this.reader = reader;
    }

    @Override
    public byte[] write(Object value) {
        return serializer.apply(value).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public <T> T read(byte[] json, Type type) throws IOException {
        return reader.read(json, type);
    }

    @Override
    public JsonNode readTree(byte[] json) throws IOException {
        return reader.readTree(json);
    }

    @Override
    public void prime(Type type) {
        reader.prime(type);
    }
}
