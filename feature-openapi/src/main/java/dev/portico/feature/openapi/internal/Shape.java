package dev.portico.feature.openapi.internal;

/**
 * One use of a Java type, as validation and the OpenAPI document see it: its JSON kind, string
 * format, element type, named definition, constraints and documentation. Immutable; built once by
 * {@link Shapes} when the application is built.
 */
public final class Shape {

    /** The JSON kinds. */
    public enum Kind { STRING, INTEGER, NUMBER, BOOLEAN, ENUM, ARRAY, MAP, OBJECT, ANY }

    private final Kind kind;
    private final JType type;
    private final String format;
    private final Shape items;
    private final TypeDef def;
    private final boolean unique;
    private final boolean nullable;
    private final Constraints constraints;
    private final String description;
    private final String example;
    private final java.util.function.Function<String, Object> reader;

    Shape(Kind kind, JType type, String format, Shape items, TypeDef def, boolean unique, boolean nullable,
          Constraints constraints, String description, String example) {
        this.kind = kind;
        this.type = type;
        this.format = format;
        this.items = items;
        this.def = def;
        this.unique = unique;
        this.nullable = nullable;
        this.constraints = constraints;
        this.description = description;
        this.example = example;
        this.reader = kind == Kind.STRING && type != null ? Scalars.reader(type.raw()) : null;
    }

    /** @return the JSON kind */
    public Kind kind() {
        return kind;
    }

    /** @return the Java type, {@code Optional} unwrapped */
    public JType type() {
        return type;
    }

    /** @return the string or number format ({@code uuid}, {@code date-time}, {@code int64}...), or {@code null} */
    public String format() {
        return format;
    }

    /** @return the element shape of an array, or the value shape of a map; otherwise {@code null} */
    public Shape items() {
        return items;
    }

    /** @return the definition of an object or enum; otherwise {@code null} */
    public TypeDef def() {
        return def;
    }

    /** @return whether an array holds unique items (a {@code Set}) */
    public boolean unique() {
        return unique;
    }

    /** @return whether {@code null} (or absence) is allowed: {@code Optional} or {@code @Nullable} */
    public boolean nullable() {
        return nullable;
    }

    /** @return the constraints */
    public Constraints constraints() {
        return constraints;
    }

    /** @return the description, or {@code null} */
    public String description() {
        return description;
    }

    /**
     * @return an example as written in {@code @Example}, or {@code null}; turned into JSON
     *     ({@link JsonText#value}) only when the document is written
     */
    public String example() {
        return example;
    }

    /**
     * @return for strings with a format ({@code UUID}, {@code java.time}...), reads the Java value from
     *     text and throws a RuntimeException when the text does not have the format; otherwise {@code null}
     */
    public java.util.function.Function<String, Object> textReader() {
        return reader;
    }

    /** @param on whether null is allowed @return a copy */
    public Shape nullable(boolean on) {
        return new Shape(kind, type, format, items, def, unique, on, constraints, description, example);
    }

    /** @param text a description @param sample an example's text @return a copy with this documentation */
    public Shape documented(String text, String sample) {
        return new Shape(kind, type, format, items, def, unique, nullable, constraints,
                text != null ? text : description, sample != null ? sample : example);
    }

    /** @param c constraints @return a copy with these constraints */
    public Shape constrained(Constraints c) {
        return new Shape(kind, type, format, items, def, unique, nullable, c, description, example);
    }

    @Override
    public String toString() {
        return kind + (def != null ? "(" + def + ")" : "") + (nullable ? "?" : "");
    }
}
