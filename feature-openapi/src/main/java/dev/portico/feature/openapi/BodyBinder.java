package dev.portico.feature.openapi;

import dev.portico.api.Request;
import dev.portico.feature.openapi.internal.BodyReader;
import dev.portico.feature.openapi.internal.CheckedRecord;
import dev.portico.feature.openapi.internal.Checks;
import dev.portico.feature.openapi.internal.JsonValues;
import dev.portico.feature.openapi.internal.Messages;
import dev.portico.feature.openapi.internal.Problem;
import dev.portico.feature.openapi.internal.Shape;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds the JSON body, or one key of it ({@code @Body(embed = true)}): lax conversion and
 * validation by the checks compiled for its shape, then reading into the Java type with the
 * application's codec.
 */
final class BodyBinder implements Binder {
    private final String key;
    private final Shape shape;
    private final BodyReader reader;
    private final boolean optional;
    private final boolean required;
    private final Checks.Check check;
    private final String description;
    private final List<Object> loc;
    private final CheckedRecord fast;

    /**
     * @param key the embedded key, or {@code null} for the whole body
     * @param shape the shape of the value
     * @param reader reads the validated value into the declared type
     * @param optional whether the Java parameter is an {@code Optional}
     * @param description documentation, or {@code null}
     */
    BodyBinder(String key, Shape shape, BodyReader reader, boolean optional, String description) {
        this.key = key;
        this.shape = shape;
        this.reader = reader;
        this.optional = optional;
        this.required = !shape.nullable();
        this.check = Checks.compile(shape);
        this.description = description;
        this.loc = key == null ? List.of("body") : List.of("body", key);
        this.fast = key == null && !reader.tree() ? CheckedRecord.of(shape) : null;
    }

    @Override
    public Object bind(Request request, RequestBody body, List<Problem> problems) {
        if (fast != null && body.runtime().defaultCodec() && !body.started()) {
            // The whole body into a record of plain scalars: one pass; anything but success goes on below.
            Object value = fast.read(request.bodyBytes());
            if (value != CheckedRecord.FALLBACK) {
                return optional ? Optional.of(value) : value;
            }
        }
        Object root = body.root(problems);
        if (body.invalid()) {
            return null;
        }
        Object node = root;
        boolean present = root != JsonValues.NONE;
        if (key != null && present) {
            if (!(root instanceof Map<?, ?> map)) {
                if (body.firstNotObject()) {
                    problems.add(Messages.wrongType(List.of("body"), Shape.Kind.OBJECT, null, false, false));
                }
                return null;
            }
            present = map.containsKey(key);
            node = map.get(key);
        }
        if (!present || (node == null && !required)) {
            if (required) {
                problems.add(Messages.missing(loc));
            }
            return optional ? Optional.empty() : null;
        }
        int before = problems.size();
        Object value = check.apply(node, new ArrayList<>(loc), problems, true);
        if (problems.size() > before) {
            return null;
        }
        Object result;
        try {
            result = reader.read(body.runtime().codec(), value);
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(loc, "value_error", "Value error, the value cannot be read as "
                    + reader.raw().getSimpleName()));
            return null;
        }
        return optional ? Optional.ofNullable(result) : result;
    }

    /** Warms the check, the JSON parser and writer and the codec for this type, without a request. */
    void prime(AppSettings runtime) {
        if (fast != null && runtime.defaultCodec()) {
            fast.prime();
        }
        reader.prime(runtime.codec());
        check.apply(null, new ArrayList<>(loc), new ArrayList<>(), true);
    }

    String key() {
        return key;
    }

    Shape shape() {
        return shape;
    }

    boolean required() {
        return required;
    }

    String description() {
        return description;
    }
}
