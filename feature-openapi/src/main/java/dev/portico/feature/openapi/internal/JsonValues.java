package dev.portico.feature.openapi.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as plain Java values, read and written with jackson-core's streaming parser only: objects
 * are {@code Map<String, Object>} in document order, arrays {@code List<Object>}, numbers
 * {@link JsonNumber} (their text, not yet converted), then {@code String}, {@code Boolean} and
 * {@code null}. Validation of typed routes works on these, so no tree model is loaded.
 */
public final class JsonValues {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonValues() {
    }

    /**
     * A JSON number as it was written.
     *
     * @param text the number's text
     * @param integer whether it was written without fraction or exponent
     */
    public record JsonNumber(String text, boolean integer) {
    }

    /** JSON that does not parse, and where: the offset in characters, as Python's {@code json} counts it. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final int offset;

        Malformed(int offset, Throwable cause) {
            super("JSON decode error at character " + offset, cause, false, false);
            this.offset = offset;
        }

        /** @return the offset of the error in characters (code points) from the start */
        public int offset() {
            return offset;
        }
    }

    /** @return the parser factory of {@link #parse}, for readers that stream the same JSON */
    static JsonFactory factory() {
        return FACTORY;
    }

    /** Marks an absent value: a body of white space only. */
    public static final Object NONE = new Object();

    /**
     * @param json UTF-8 JSON
     * @return the value, or {@link #NONE} when there is only white space
     * @throws Malformed when the JSON does not parse, or has more than one value
     */
    public static Object parse(byte[] json) throws Malformed {
        JsonParser p;
        try {
            p = FACTORY.createParser(json);
        } catch (IOException e) {
            throw new Malformed(0, e);
        }
        try {
            JsonToken t = p.nextToken();
            if (t == null) {
                return NONE;
            }
            Object value = read(p, t);
            if (p.nextToken() != null) {
                throw new Malformed(chars(json, p.currentTokenLocation()), null);
            }
            return value;
        } catch (JsonProcessingException e) {
            // A limit of the parser (a number longer than 1000 digits...) has no location of its own.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentTokenLocation();
            throw new Malformed(chars(json, at), e);
        } catch (IOException e) {
            throw new Malformed(0, e);
        } finally {
            close(p);
        }
    }

    private static void close(JsonParser p) {
        try {
            p.close();
        } catch (IOException e) {
            // Reading from an array: nothing to release.
        }
    }

    private static Object read(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                String name;
                while ((name = p.nextFieldName()) != null) {
                    map.put(name, read(p, p.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(read(p, next));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return new JsonNumber(p.getText(), true);
            case VALUE_NUMBER_FLOAT:
                return new JsonNumber(p.getText(), false);
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    private static int chars(byte[] json, JsonLocation at) {
        long bytes = at == null ? -1 : at.getByteOffset();
        if (bytes < 0 && at != null) {
            bytes = at.getCharOffset();
        }
        int end = (int) Math.max(0, Math.min(json.length, bytes));
        int n = 0;
        for (int i = 0; i < end; i++) {
            if ((json[i] & 0xC0) != 0x80) {
                n++;
            }
        }
        return n;
    }

    /**
     * @param value a value made of the types {@link #parse} returns, and Java numbers
     * @return its compact JSON
     */
    public static byte[] write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof JsonNumber n) {
            g.writeNumber(n.text());
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof Float f) {
            g.writeNumber(f.floatValue());
        } else if (v instanceof Double d) {
            g.writeNumber(d.doubleValue());
        } else if (v instanceof Number n) {
            g.writeNumber(n.longValue());
        } else {
            g.writeString(v.toString());
        }
    }
}
