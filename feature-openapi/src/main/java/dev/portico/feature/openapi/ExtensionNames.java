package dev.portico.feature.openapi;

import java.util.Map;
import java.util.Objects;

/** Checks OpenAPI extension names: they must start with {@code x-}. */
final class ExtensionNames {

    private ExtensionNames() {
    }

    static void put(Map<String, Object> into, String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (!name.startsWith("x-") || name.length() < 3) {
            throw new IllegalArgumentException("OpenAPI extension '" + name + "' must start with 'x-', e.g. 'x-"
                    + name + "'");
        }
        into.put(name, value);
    }
}
