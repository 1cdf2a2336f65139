package dev.portico.feature.openapi.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes shapes as JSON Schema (the dialect of OpenAPI 3.1) for the OpenAPI document: with
 * {@code docs} on it adds formats, descriptions and examples. Typed routes no longer validate against
 * these schemas (they run compiled checks, {@code Checks}); only the document uses this writer.
 */
public final class SchemaWriter {
    private static final JsonNodeFactory NODES = JsonText.nodes();
    private final String refPrefix;
    private final boolean docs;
    private final TypeNames names;
    private final List<TypeDef> order = new ArrayList<>();
    private final Set<TypeDef> seen = new HashSet<>();

    /**
     * @param refPrefix prefix of {@code $ref} values, e.g. {@code #/components/schemas/}
     * @param docs whether to write documentation keywords and formats
     * @param names the names of named types
     */
    public SchemaWriter(String refPrefix, boolean docs, TypeNames names) {
        this.refPrefix = refPrefix;
        this.docs = docs;
        this.names = names;
    }

    /**
     * @param s a shape
     * @return its schema; named types it uses are remembered for {@link #definitions()}
     */
    public ObjectNode write(Shape s) {
        ObjectNode base = NODES.objectNode();
        switch (s.kind()) {
            case STRING -> base.put("type", "string");
            case INTEGER -> base.put("type", "integer");
            case NUMBER -> base.put("type", "number");
            case BOOLEAN -> base.put("type", "boolean");
            case ENUM, OBJECT -> base.put("$ref", refPrefix + use(s.def()));
            case ARRAY -> {
                base.put("type", "array");
                base.set("items", write(s.items()));
                if (s.unique()) {
                    base.put("uniqueItems", true);
                }
            }
            case MAP -> {
                base.put("type", "object");
                base.set("additionalProperties", write(s.items()));
            }
            case ANY -> { }
        }
        if (docs && s.format() != null) {
            base.put("format", s.format());
        }
        constraints(s, base);
        ObjectNode out = base;
        if (s.nullable()) {
            out = NODES.objectNode();
            out.putArray("anyOf").add(base).add(NODES.objectNode().put("type", "null"));
        }
        if (docs) {
            if (s.description() != null) {
                out.put("description", s.description());
            }
            if (s.example() != null) {
                out.putArray("examples").add(JsonText.value(s.kind(), s.example()));
            }
        }
        return out;
    }

    private static void constraints(Shape s, ObjectNode n) {
        Constraints c = s.constraints();
        if (c.isEmpty()) {
            return;
        }
        if (c.minimum() != null) {
            n.put(c.exclusiveMinimum() ? "exclusiveMinimum" : "minimum", plain(c.minimum()));
        }
        if (c.maximum() != null) {
            n.put(c.exclusiveMaximum() ? "exclusiveMaximum" : "maximum", plain(c.maximum()));
        }
        boolean array = s.kind() == Shape.Kind.ARRAY;
        boolean map = s.kind() == Shape.Kind.MAP;
        if (c.minLength() != null) {
            n.put(array ? "minItems" : map ? "minProperties" : "minLength", c.minLength());
        }
        if (c.maxLength() != null) {
            n.put(array ? "maxItems" : map ? "maxProperties" : "maxLength", c.maxLength());
        }
        if (c.pattern() != null) {
            // JSON Schema patterns search; Bean Validation's @Pattern and @Email(regexp) match the whole string.
            n.put("pattern", c.fullMatch() ? "^(?:" + c.pattern() + ")$" : c.pattern());
        } else if (c.notBlank()) {
            n.put("pattern", "\\S");
        }
        if (c.notBlank() && c.minLength() == null) {
            n.put("minLength", 1);
        }
        if (c.email()) {
            n.put("format", "email");
        }
        if (c.fractionDigits() != null) {
            n.put("multipleOf", java.math.BigDecimal.ONE.movePointLeft(c.fractionDigits()));
            if (c.maximum() == null) {
                n.put("exclusiveMaximum", java.math.BigDecimal.ONE.movePointRight(c.integerDigits()));
            }
            if (c.minimum() == null) {
                n.put("exclusiveMinimum", java.math.BigDecimal.ONE.movePointRight(c.integerDigits()).negate());
            }
        }
        if (c.assertValue() != null) {
            n.put("const", c.assertValue());
        }
    }

    /** @return the number without trailing zeros, and never in exponent form ({@code 100}, not {@code 1E+2}) */
    private static java.math.BigDecimal plain(java.math.BigDecimal d) {
        java.math.BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private String use(TypeDef def) {
        if (seen.add(def)) {
            order.add(def);
        }
        return names.name(def);
    }

    /**
     * Writes every named type used so far, and those they use, sorted by name.
     *
     * @return name to schema
     */
    public ObjectNode definitions() {
        TreeMap<String, ObjectNode> sorted = new TreeMap<>();
        for (int i = 0; i < order.size(); i++) {
            TypeDef def = order.get(i);
            sorted.put(names.name(def), definition(def));
        }
        ObjectNode out = NODES.objectNode();
        sorted.forEach(out::set);
        return out;
    }

    private ObjectNode definition(TypeDef def) {
        ObjectNode n = NODES.objectNode();
        if (def.kind() == Shape.Kind.ENUM) {
            n.put("type", "string");
            ArrayNode values = n.putArray("enum");
            def.values().forEach(values::add);
        } else {
            n.put("type", "object");
            ObjectNode props = n.putObject("properties");
            ArrayNode required = NODES.arrayNode();
            for (Property p : def.properties()) {
                ObjectNode schema = write(p.shape());
                props.set(p.name(), docs ? Titles.put(schema, Titles.of(p.name())) : schema);
                if (p.required()) {
                    required.add(p.name());
                }
            }
            if (!required.isEmpty()) {
                n.set("required", required);
            }
        }
        if (docs) {
            n.put("title", def.type().getSimpleName());
            if (def.description() != null) {
                n.put("description", def.description());
            }
        }
        return n;
    }
}
