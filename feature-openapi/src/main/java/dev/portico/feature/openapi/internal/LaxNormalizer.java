package dev.portico.feature.openapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pydantic's lax mode on a JSON tree, before JSON Schema validation: strings holding numbers or
 * booleans become numbers or booleans where the shape expects them, integral floats become integers,
 * {@code 0}/{@code 1} become booleans. Strings with a format (UUID, dates) are checked here, since
 * the validation schemas leave formats out. Containers are changed in place.
 */
public final class LaxNormalizer {
    private static final JsonNodeFactory NODES = JsonText.nodes();

    private LaxNormalizer() {
    }

    /**
     * @param node a value (may be {@code null} or missing)
     * @param shape what it should be
     * @param loc its location, for format problems
     * @param problems where format problems go
     * @return the value to validate, possibly a new node
     */
    public static JsonNode normalize(JsonNode node, Shape shape, List<Object> loc, List<Problem> problems) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return node;
        }
        switch (shape.kind()) {
            case INTEGER:
                return integer(node);
            case NUMBER:
                return node.isTextual() ? decimal(node.textValue(), node) : node;
            case BOOLEAN:
                return bool(node);
            case STRING:
                if (node.isTextual() && shape.textReader() != null) {
                    try {
                        shape.textReader().apply(node.textValue());
                    } catch (RuntimeException e) {
                        problems.add(Messages.formatProblem(new ArrayList<>(loc), shape.format()));
                    }
                }
                return node;
            case ARRAY:
                if (node instanceof ArrayNode a) {
                    for (int i = 0; i < a.size(); i++) {
                        loc.add(i);
                        a.set(i, normalize(a.get(i), shape.items(), loc, problems));
                        loc.remove(loc.size() - 1);
                    }
                }
                return node;
            case MAP:
                if (node instanceof ObjectNode o) {
                    for (Map.Entry<String, JsonNode> e : o.properties()) {
                        loc.add(e.getKey());
                        e.setValue(normalize(e.getValue(), shape.items(), loc, problems));
                        loc.remove(loc.size() - 1);
                    }
                }
                return node;
            case OBJECT:
                if (node instanceof ObjectNode o) {
                    for (Property p : shape.def().properties()) {
                        JsonNode child = o.get(p.name());
                        if (child != null) {
                            loc.add(p.name());
                            o.set(p.name(), normalize(child, p.shape(), loc, problems));
                            loc.remove(loc.size() - 1);
                        }
                    }
                }
                return node;
            default:
                return node;
        }
    }

    private static JsonNode integer(JsonNode node) {
        BigDecimal d = null;
        if (node.isTextual()) {
            d = parse(node.textValue());
        } else if (node.isFloatingPointNumber()) {
            d = node.decimalValue();
        }
        if (d == null) {
            return node;
        }
        try {
            return NODES.numberNode(d.toBigIntegerExact());
        } catch (ArithmeticException e) {
            return node.isTextual() ? node : NODES.numberNode(d);
        }
    }

    private static JsonNode decimal(String text, JsonNode original) {
        BigDecimal d = parse(text);
        return d == null ? original : NODES.numberNode(d);
    }

    private static JsonNode bool(JsonNode node) {
        if (node.isTextual()) {
            Boolean b = Scalars.bool(node.textValue());
            return b == null ? node : NODES.booleanNode(b);
        }
        if (node.isIntegralNumber() && (node.asLong() == 0 || node.asLong() == 1) && node.canConvertToLong()) {
            return NODES.booleanNode(node.asLong() == 1);
        }
        return node;
    }

    private static BigDecimal parse(String text) {
        String t = text.trim();
        if (t.isEmpty() || !(Character.isDigit(t.charAt(t.length() - 1)))) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
