package com.example.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test events under {@code src/test/resources/events}, and JSON parsing for assertions. */
public final class TestEvents {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestEvents() {
    }

    /**
     * @param name a file name such as {@code billow-invoice-paid.json}
     * @return its text
     */
    public static String read(String name) {
        try {
            return Files.readString(Path.of("src", "test", "resources", "events", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param json JSON text
     * @return the tree, for equality checks that ignore key order and spacing
     */
    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
