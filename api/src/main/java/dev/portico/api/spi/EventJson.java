package dev.portico.api.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Lambda event as a light JSON tree: a JSON object read with Jackson's streaming parser into
 * plain maps, lists, strings, numbers and booleans, with the typed look-ups event sources need. No
 * {@code ObjectMapper} is involved, which keeps cold starts short.
 */
public final class EventJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private final Map<String, Object> map;

    private EventJson(Map<String, Object> map) {
        this.map = map;
    }

    /**
     * @param map a JSON object as maps, lists and scalars
     * @return the view
     */
    public static EventJson of(Map<String, Object> map) {
        return new EventJson(map);
    }

    /**
     * Reads any JSON value.
     *
     * @param in the JSON, UTF-8
     * @return a {@code Map} for an object, a {@code List} for an array, a {@code String},
     *     {@code Long}, {@code Double}, {@code Boolean}, or {@code null}
     * @throws IOException when the input is not JSON, or holds more than one value
     */
    public static Object parse(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            return readDocument(p);
        }
    }

    /**
     * Reads any JSON value.
     *
     * @param json the JSON, UTF-8
     * @return as {@link #parse(InputStream)}
     * @throws IOException when the input is not JSON
     */
    public static Object parse(byte[] json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            return readDocument(p);
        }
    }

    /** @return the shared factory, for sources writing responses with a {@code JsonGenerator} */
    public static JsonFactory factory() {
        return FACTORY;
    }

    private static Object readDocument(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new IOException("empty input");
        }
        Object value = read(p, t);
        if (p.nextToken() != null) {
            throw new IOException("unexpected content after the JSON value at " + p.currentLocation().offsetDescription());
        }
        return value;
    }

    private static Object read(JsonParser p, JsonToken t) throws IOException {
        // On the token's int id, not the enum: a switch on an enum compiles to a synthetic class
        // (and its NoSuchFieldError handler), two more classes to load on the first request.
        switch (t.id()) {
            case JsonTokenId.ID_START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                String name;
                while ((name = p.nextFieldName()) != null) {
                    m.put(name, read(p, p.nextToken()));
                }
                return m;
            }
            case JsonTokenId.ID_START_ARRAY: {
                List<Object> l = new ArrayList<>();
                JsonToken n;
                while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
                    l.add(read(p, n));
                }
                return l;
            }
            case JsonTokenId.ID_STRING:
                return p.getText();
            case JsonTokenId.ID_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue() : p.getLongValue();
            case JsonTokenId.ID_NUMBER_FLOAT:
                return p.getDoubleValue();
            case JsonTokenId.ID_TRUE:
                return Boolean.TRUE;
            case JsonTokenId.ID_FALSE:
                return Boolean.FALSE;
            case JsonTokenId.ID_NULL:
                return null;
            default:
                throw new IOException("unexpected token " + t);
        }
    }

    /** @return the underlying map (read-only by convention) */
    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(map);
    }

    /**
     * @param key a key
     * @return the raw value, or {@code null}
     */
    public Object get(String key) {
        return map.get(key);
    }

    /**
     * @param key a key
     * @return whether the key is present with a non-null value
     */
    public boolean has(String key) {
        return map.get(key) != null;
    }

    /**
     * @param key a key
     * @return the value as text when it is a string, number or boolean; otherwise {@code null}
     */
    public String string(String key) {
        return scalar(map.get(key));
    }

    /**
     * @param key a key
     * @return whether the value is {@code true} or the string {@code "true"} (any case)
     */
    public boolean bool(String key) {
        Object v = map.get(key);
        return Boolean.TRUE.equals(v) || (v instanceof String s && s.equalsIgnoreCase("true"));
    }

    /**
     * @param key a key
     * @return the nested object, or {@code null} when absent or not an object
     */
    @SuppressWarnings("unchecked")
    public EventJson object(String key) {
        Object v = map.get(key);
        return v instanceof Map ? new EventJson((Map<String, Object>) v) : null;
    }

    /**
     * Follows a path of nested objects.
     *
     * @param keys the keys, outermost first; the last one names a scalar
     * @return the value as text, or {@code null} when any step is missing
     */
    public String path(String... keys) {
        EventJson node = this;
        for (int i = 0; i < keys.length - 1 && node != null; i++) {
            node = node.object(keys[i]);
        }
        return node == null ? null : node.string(keys[keys.length - 1]);
    }

    /**
     * An object of scalars, such as single-value headers.
     *
     * @param key a key
     * @return name to text value, in order; null and non-scalar values skipped; empty when absent
     */
    public Map<String, String> strings(String key) {
        Object v = map.get(key);
        if (!(v instanceof Map<?, ?> m) || m.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String s = scalar(e.getValue());
            if (s != null) {
                out.put(String.valueOf(e.getKey()), s);
            }
        }
        return out;
    }

    /**
     * An object of arrays, such as multi-value headers. A scalar value counts as a one-element array.
     *
     * @param key a key
     * @return name to text values, in order; null entries skipped; empty when absent
     */
    public Map<String, List<String>> stringLists(String key) {
        Object v = map.get(key);
        if (!(v instanceof Map<?, ?> m) || m.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            List<String> values = toStrings(e.getValue());
            if (!values.isEmpty()) {
                out.put(String.valueOf(e.getKey()), values);
            }
        }
        return out;
    }

    /**
     * @param key a key
     * @return an array of scalars as text (a scalar counts as one element); empty when absent
     */
    public List<String> stringList(String key) {
        return toStrings(map.get(key));
    }

    private static List<String> toStrings(Object v) {
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>(l.size());
            for (Object o : l) {
                String s = scalar(o);
                if (s != null) {
                    out.add(s);
                }
            }
            return out;
        }
        String s = scalar(v);
        return s == null ? List.of() : List.of(s);
    }

    private static String scalar(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return null;
    }

    @Override
    public String toString() {
        return "EventJson" + map.keySet();
    }
}
