package dev.portico.feature.openapi.internal;

import java.util.List;

/**
 * A named type (record, POJO or enum) shared by every use of it: a component schema of the
 * OpenAPI document and a definition of the JSON Schemas used for validation.
 */
public final class TypeDef {
    private final Class<?> type;
    private final Shape.Kind kind;
    private final String description;
    private final List<String> values;
    private List<Property> properties = List.of();

    TypeDef(Class<?> type, Shape.Kind kind, String description, List<String> values) {
        this.type = type;
        this.kind = kind;
        this.description = description;
        this.values = values;
    }

    void properties(List<Property> properties) {
        this.properties = List.copyOf(properties);
    }

    /** @return the Java class */
    public Class<?> type() {
        return type;
    }

    /** @return {@code OBJECT} or {@code ENUM} */
    public Shape.Kind kind() {
        return kind;
    }

    /** @return the description, or {@code null} */
    public String description() {
        return description;
    }

    /** @return the enum values, in declaration order (empty for objects) */
    public List<String> values() {
        return values;
    }

    /** @return the properties in declaration order (empty for enums) */
    public List<Property> properties() {
        return properties;
    }

    /**
     * @param name a JSON property name
     * @return its position in {@link #properties()}, or -1
     */
    public int indexOf(String name) {
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return type.getName();
    }
}
