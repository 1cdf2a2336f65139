package dev.portico.examples.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The functions of a SAM template, read the plain way SAM templates are written (block YAML, two-space
 * indents): each {@code AWS::Serverless::Function} under {@code Resources} with its scalar
 * {@code Properties}, merged over {@code Globals.Function}. Enough for the checks and handler strings
 * the tests need; not a YAML parser.
 */
final class SamTemplate {
    private final Map<String, String> header;
    private final Map<String, Map<String, String>> functions;

    private SamTemplate(Map<String, String> header, Map<String, Map<String, String>> functions) {
        this.header = header;
        this.functions = functions;
    }

    static SamTemplate read(Path file) throws IOException {
        return parse(Files.readAllLines(file));
    }

    static SamTemplate parse(List<String> lines) {
        Map<String, String> globals = new LinkedHashMap<>();
        Map<String, Map<String, String>> resources = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, String> lastMap = null;
        String lastKey = null;
        String top = null;
        String second = null;
        String third = null;
        for (String raw : lines) {
            String line = raw.stripTrailing();
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (line.stripLeading().startsWith("- ")) {
                // A list item of the last key read: kept comma-separated (Architectures, ...).
                if (lastMap != null && lastKey != null) {
                    String item = unquote(line.strip().substring(2).strip());
                    lastMap.merge(lastKey, item, (a, b) -> a.isEmpty() ? b : a + "," + b);
                }
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            String text = line.strip();
            int colon = text.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = text.substring(0, colon);
            String value = unquote(text.substring(colon + 1).strip());
            lastMap = null;
            if (indent == 0) {
                header.put(key, value);
                top = key;
                second = null;
                third = null;
            } else if (indent == 2) {
                second = key;
                third = null;
            } else if (indent == 4) {
                third = key;
                if ("Resources".equals(top) && key.equals("Type")) {
                    types.put(second, value);
                }
                if ("Globals".equals(top) && "Function".equals(second)) {
                    globals.put(key, value);
                    lastMap = globals;
                }
            } else if (indent == 6 && "Resources".equals(top) && "Properties".equals(third)) {
                lastMap = resources.computeIfAbsent(second, k -> new LinkedHashMap<>());
                lastMap.put(key, value);
            }
            lastKey = key;
        }
        Map<String, Map<String, String>> functions = new LinkedHashMap<>();
        types.forEach((name, type) -> {
            if (type.equals("AWS::Serverless::Function")) {
                Map<String, String> merged = new LinkedHashMap<>(globals);
                merged.putAll(resources.getOrDefault(name, Map.of()));
                functions.put(name, merged);
            }
        });
        return new SamTemplate(header, functions);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** @return the top-level keys with their scalar values (empty for sections) */
    Map<String, String> header() {
        return header;
    }

    /** @return each function's logical id and its properties (globals included) */
    Map<String, Map<String, String>> functions() {
        return functions;
    }

    /**
     * @param function a function's logical id
     * @return its {@code Handler}
     */
    String handler(String function) {
        Map<String, String> properties = functions.get(function);
        if (properties == null || properties.get("Handler") == null) {
            throw new AssertionError("no function " + function + " with a Handler in the template: " + functions.keySet());
        }
        return properties.get("Handler");
    }
}
