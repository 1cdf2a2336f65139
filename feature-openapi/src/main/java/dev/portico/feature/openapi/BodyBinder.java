package dev.portico.feature.openapi;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.Request;
import dev.portico.feature.openapi.internal.JsonSchema;
import dev.portico.feature.openapi.internal.LaxNormalizer;
import dev.portico.feature.openapi.internal.Messages;
import dev.portico.feature.openapi.internal.Problem;
import dev.portico.feature.openapi.internal.Shape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds the JSON body, or one key of it ({@code @Body(embed = true)}): lax conversion, JSON Schema
 * validation with everit, then reading into the Java type with the application's codec.
 */
final class BodyBinder implements Binder {
    private final String key;
    private final Shape shape;
    private final JavaType target;
    private final boolean optional;
    private final boolean required;
    private final JsonSchema schema;
    private final String description;
    private final List<Object> loc;

    /**
     * @param key the embedded key, or {@code null} for the whole body
     * @param shape the shape of the value
     * @param optional whether the Java parameter is an {@code Optional}
     * @param description documentation, or {@code null}
     */
    BodyBinder(String key, Shape shape, boolean optional, String description) {
        this.key = key;
        this.shape = shape;
        this.target = shape.type();
        this.optional = optional;
        this.required = !shape.nullable();
        this.schema = JsonSchema.of(shape);
        this.description = description;
        this.loc = key == null ? List.of("body") : List.of("body", key);
    }

    @Override
    public Object bind(Request request, RequestBody body, List<Problem> problems) {
        JsonNode root = body.root(problems);
        if (body.invalid()) {
            return null;
        }
        JsonNode node = root;
        if (key != null && root != null) {
            if (!root.isObject()) {
                if (body.firstNotObject()) {
                    problems.add(Messages.wrongType(List.of("body"), Shape.Kind.OBJECT, null, false, false));
                }
                return null;
            }
            node = root.get(key);
        } else if (key != null) {
            node = null;
        }
        if (node == null || node.isMissingNode() || (node.isNull() && !required)) {
            if (required) {
                problems.add(Messages.missing(loc));
            }
            return optional ? Optional.empty() : null;
        }
        int before = problems.size();
        JsonNode value = LaxNormalizer.normalize(node, shape, new ArrayList<>(loc), problems);
        problems.addAll(schema.validate(value, loc));
        if (problems.size() > before) {
            return null;
        }
        Object result = read(value, body.runtime(), problems);
        return optional ? Optional.ofNullable(result) : result;
    }

    private Object read(JsonNode value, AppSettings runtime, List<Problem> problems) {
        if (JsonNode.class.isAssignableFrom(target.getRawClass()) && target.getRawClass().isInstance(value)) {
            return value;
        }
        try {
            return runtime.codec().read(value.toString().getBytes(StandardCharsets.UTF_8), target);
        } catch (IOException e) {
            List<Object> where = new ArrayList<>(loc);
            if (e instanceof JsonMappingException m) {
                for (JsonMappingException.Reference r : m.getPath()) {
                    where.add(r.getFieldName() != null ? r.getFieldName() : r.getIndex());
                }
            }
            problems.add(new Problem(where, "value_error", "Value error, the value cannot be read as "
                    + target.getRawClass().getSimpleName()));
            return null;
        }
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
