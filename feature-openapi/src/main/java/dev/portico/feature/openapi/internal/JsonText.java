package dev.portico.feature.openapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.portico.feature.openapi.internal.Shape.Kind;
import java.io.IOException;
import java.math.BigDecimal;

/** Turns values written as text in annotations (examples, defaults, extensions) into JSON. */
public final class JsonText {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonText() {
    }

    /**
     * @param kind the kind of the value
     * @param text the value as text
     * @return a string for strings and enums, a number or boolean when the text is one, and otherwise
     *     the parsed JSON (or the text itself when it is not JSON)
     */
    public static JsonNode value(Kind kind, String text) {
        switch (kind) {
            case STRING, ENUM:
                return NODES.textNode(text);
            case INTEGER, NUMBER:
                try {
                    BigDecimal d = new BigDecimal(text.trim());
                    return kind == Kind.INTEGER && d.scale() <= 0
                            ? NODES.numberNode(d.toBigIntegerExact()) : NODES.numberNode(d);
                } catch (NumberFormatException | ArithmeticException e) {
                    return NODES.textNode(text);
                }
            case BOOLEAN:
                Boolean b = Scalars.bool(text);
                return b == null ? NODES.textNode(text) : NODES.booleanNode(b);
            default:
                return json(text);
        }
    }

    /**
     * @param text JSON text
     * @return the parsed JSON, or the text as a string when it is not JSON
     */
    public static JsonNode json(String text) {
        try {
            JsonNode n = Holder.MAPPER.readTree(text);
            return n == null || n.isMissingNode() ? NODES.textNode(text) : n;
        } catch (IOException e) {
            return NODES.textNode(text);
        }
    }

    /** @return the node factory used for documents */
    public static JsonNodeFactory nodes() {
        return NODES;
    }

    /** @return a mapper for trees and values ({@code java.time} as ISO strings), created on first use */
    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = create();

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static ObjectMapper create() {
            com.fasterxml.jackson.databind.module.SimpleModule m =
                    new com.fasterxml.jackson.databind.module.SimpleModule("portico-openapi-values");
            m.addSerializer((Class) java.time.temporal.TemporalAccessor.class,
                    com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance);
            m.addSerializer((Class) java.time.temporal.TemporalAmount.class,
                    com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance);
            return new ObjectMapper().setNodeFactory(NODES).registerModule(m);
        }
    }
}
