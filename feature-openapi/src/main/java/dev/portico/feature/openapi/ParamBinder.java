package dev.portico.feature.openapi;

import dev.portico.api.Request;
import dev.portico.feature.openapi.internal.Messages;
import dev.portico.feature.openapi.internal.ParamParser;
import dev.portico.feature.openapi.internal.Problem;
import dev.portico.feature.openapi.internal.Shape;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Binds a path, query or header parameter: reads the raw value(s), converts them with a
 * precomputed {@link ParamParser}, checks constraints, applies the default.
 */
final class ParamBinder implements Binder {

    /** Where a parameter comes from, named as in OpenAPI and in problem locations. */
    enum In {
        PATH, QUERY, HEADER;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final In in;
    private final String name;
    private final Shape shape;
    private final ParamParser parser;
    private final boolean list;
    private final boolean set;
    private final boolean optional;
    private final boolean required;
    private final Object defaultValue;
    private final ParamDoc doc;
    private final List<Object> loc;

    /**
     * @param in where the value comes from
     * @param name the parameter name
     * @param shape the declared shape ({@code ARRAY} for lists)
     * @param optional whether the Java parameter is an {@code Optional}
     * @param defaultText the default as text, or {@code null}
     * @param doc documentation for OpenAPI
     */
    ParamBinder(In in, String name, Shape shape, boolean optional, String defaultText, ParamDoc doc) {
        this.in = in;
        this.name = name;
        this.shape = shape;
        this.list = shape.kind() == Shape.Kind.ARRAY;
        this.set = list && shape.unique();
        this.parser = ParamParser.of(list ? shape.items() : shape);
        this.optional = optional;
        this.doc = doc;
        this.loc = List.of(in.label(), name);
        if (in == In.PATH && (defaultText != null || shape.nullable())) {
            throw new IllegalArgumentException("path parameter '" + name + "' is always present: it cannot be "
                    + "Optional or have a default");
        }
        this.defaultValue = defaultText == null ? null : parseDefault(defaultText);
        this.required = in == In.PATH || (defaultText == null && !shape.nullable() && !list);
    }

    private Object parseDefault(String text) {
        if (list) {
            throw new IllegalArgumentException("list parameter '" + name + "' cannot have a default; it is empty "
                    + "when absent");
        }
        List<Problem> problems = new ArrayList<>();
        Object v = parser.parse(text, loc, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the default '" + text + "' of parameter '" + name + "' is invalid: "
                    + problems.get(0).msg());
        }
        return optional ? Optional.of(v) : v;
    }

    @Override
    public Object bind(Request request, RequestBody body, List<Problem> problems) {
        if (list) {
            return bindList(request, problems);
        }
        String raw = switch (in) {
            case PATH -> request.pathParam(name);
            case QUERY -> request.queryParam(name);
            case HEADER -> request.header(name);
        };
        if (raw == null) {
            if (defaultValue != null) {
                return defaultValue;
            }
            if (required) {
                problems.add(Messages.missing(loc));
            }
            return optional ? Optional.empty() : null;
        }
        Object v = parser.parse(raw, loc, problems);
        return optional ? Optional.ofNullable(v) : v;
    }

    private Object bindList(Request request, List<Problem> problems) {
        List<String> raw = in == In.QUERY ? request.queryParams().all(name) : splitHeader(request.headers().all(name));
        Collection<Object> values = set ? new LinkedHashSet<>() : new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            values.add(parser.parse(raw.get(i), Problem.at(loc, i), problems));
        }
        ParamParser.check(shape.constraints(), values, loc, problems);
        return optional ? Optional.of(values) : values;
    }

    /** Runs the parser and the constraint checks once on a value of the right kind, without a request. */
    void prime() {
        List<Problem> ignored = new ArrayList<>();
        parser.parse("0", loc, ignored);
        ParamParser.check(shape.constraints(), List.of(), loc, ignored);
    }

    private static List<String> splitHeader(List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            if (v.indexOf(',') < 0) {
                out.add(v.trim());
            } else {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }

    In in() {
        return in;
    }

    String name() {
        return name;
    }

    Shape shape() {
        return shape;
    }

    boolean required() {
        return required;
    }

    ParamDoc doc() {
        return doc;
    }

    /**
     * Documentation of a parameter.
     *
     * @param description the description, or {@code null}
     * @param example an example as text, or {@code null}
     * @param deprecated whether deprecated
     * @param defaultText the default as text, or {@code null}
     * @param title the schema's title, or {@code null} for the name in title case
     * @param examples example values as text
     * @param includeInSchema whether the OpenAPI document shows the parameter
     */
    record ParamDoc(String description, String example, boolean deprecated, String defaultText, String title,
                    List<String> examples, boolean includeInSchema) {
    }
}
