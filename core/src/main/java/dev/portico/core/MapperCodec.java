package dev.portico.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.JsonCodec;
import java.io.IOException;
import java.lang.reflect.Type;

/** A {@link JsonCodec} that leaves everything to one {@code ObjectMapper}. */
final class MapperCodec implements JsonCodec {
    private final ObjectMapper mapper;

    MapperCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public byte[] write(Object value) throws IOException {
        return mapper.writeValueAsBytes(value);
    }

    @Override
    public <T> T read(byte[] json, Type type) throws IOException {
        return mapper.readValue(json, mapper.constructType(type));
    }

    @Override
    public JsonNode readTree(byte[] json) throws IOException {
        return mapper.readTree(json);
    }

    /** Fetches the mapper's deserializer and serializer for the type, which it caches. */
    @Override
    public void prime(Type type) {
        try {
            var t = mapper.constructType(type);
            mapper.readerFor(t);
            mapper.writerFor(t);
        } catch (RuntimeException e) {
            // a type the mapper cannot handle fails on its first use, as without priming
        }
    }
}
