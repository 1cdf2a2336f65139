package dev.portico.feature.openapi;

import dev.portico.api.Response;
import dev.portico.api.spi.Primer;
import dev.portico.feature.openapi.internal.Checks;
import dev.portico.feature.openapi.internal.Constraints;
import dev.portico.feature.openapi.internal.JsonValues;
import dev.portico.feature.openapi.internal.Problem;
import dev.portico.feature.openapi.internal.Property;
import dev.portico.feature.openapi.internal.Shape;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link Primer} of a typed route, for {@code Resolver.prime()}: a request the route accepts,
 * built from the declared types and their constraints (each path, query and header parameter, and a
 * body of the {@code @Body} type), two it refuses (no body and malformed JSON: the 422 writer), and a
 * stand-in that is the route's own {@link TypedHandler} (binding, compiled checks, problem list,
 * result writing) with the user's method replaced by one returning a sample of the declared result
 * type. So binding, validation, the codec for the body and result types and the error writers are
 * warmed, and the user's method never runs.
 *
 * <p>Every sample is checked with the route's compiled checks before it is used; a type whose
 * sample Portico cannot make (a pattern the sample does not match, unique lists of several items...)
 * leaves that part out: then only the refused requests are sent, or nothing ({@code Optional.empty()}).
 */
final class TypedPrimer {
    private static final int MAX_DEPTH = 6;
    private static final Object FAIL = new Object();

    private TypedPrimer() {
    }

    /**
     * @param signature the route's binders and result writer
     * @param runtime the application's settings (its codec)
     * @return the primer, or empty when not even a refused request can be made
     */
    static Optional<Primer> of(Signature signature, AppSettings runtime) {
        Object result = result(signature, runtime);
        boolean accepts = result != FAIL;
        Primer.Builder b = Primer.builder(new TypedHandler(signature, new Invoker.Constant(accepts ? result : null)));
        for (ParamBinder p : signature.params()) {
            String text = text(p.shape());
            if (text == null) {
                if (p.required()) {
                    accepts = false;
                }
                continue;
            }
            switch (p.in()) {
                case PATH -> b.pathParam(p.name(), java.net.URLEncoder.encode(text, StandardCharsets.UTF_8)
                        .replace("+", "%20"));
                case QUERY -> b.queryParam(p.name(), text);
                case HEADER -> b.header(p.name(), text);
            }
        }
        if (!signature.bodies().isEmpty()) {
            Object body = body(signature.bodies());
            if (body == FAIL) {
                accepts = false;
            } else if (accepts) {
                b.body(new String(JsonValues.write(body), StandardCharsets.UTF_8));
            }
            boolean required = false;
            for (BodyBinder body2 : signature.bodies()) {
                required |= body2.required();
            }
            if (required) {
                b.errorBody(""); // missing: 422
            }
            b.errorBody("{\""); // malformed: 422

        } else if (!accepts) {
            return Optional.empty();
        }
        return Optional.of(b.build());
    }

    /** A value of the declared result type that its check accepts, or {@link #FAIL}. */
    private static Object result(Signature signature, AppSettings runtime) {
        ResultWriter w = signature.result();
        switch (w.mode()) {
            case VOID:
                return null;
            case RESPONSE:
                return Response.status(w.status()).build();
            default:
                break;
        }
        Shape shape = w.shape();
        if (w.reader() == null || shape.kind() == Shape.Kind.ANY) {
            return FAIL;
        }
        Object tree = sample(shape, 0);
        if (tree == FAIL || !accepts(shape, tree, true)) {
            return FAIL;
        }
        try {
            Object value = w.reader().read(runtime.codec(), tree);
            if (value == null && !shape.nullable()) {
                return FAIL;
            }
            if (value instanceof String) {
                return FAIL; // written as it is, not through the codec: nothing to warm
            }
            // What ResultWriter.write checks, without its warning: the value as the codec writes it.
            Object written = JsonValues.parse(runtime.codec().write(value));
            return accepts(shape, written == JsonValues.NONE ? null : written, false) ? value : FAIL;
        } catch (java.io.IOException | JsonValues.Malformed | RuntimeException e) {
            return FAIL;
        }
    }

    /** The request body the body binders accept, or {@link #FAIL}. */
    private static Object body(List<BodyBinder> bodies) {
        if (bodies.size() == 1 && bodies.get(0).key() == null) {
            BodyBinder b = bodies.get(0);
            Object v = sample(b.shape(), 0);
            return v != FAIL && accepts(b.shape(), v, true) ? v : FAIL;
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (BodyBinder b : bodies) {
            if (b.key() == null) {
                return FAIL;
            }
            Object v = sample(b.shape(), 0);
            if (v == FAIL || !accepts(b.shape(), v, true)) {
                return FAIL;
            }
            object.put(b.key(), v);
        }
        return object;
    }

    private static boolean accepts(Shape shape, Object value, boolean lax) {
        List<Problem> problems = new ArrayList<>();
        Checks.compile(shape).apply(value, new ArrayList<>(List.of("prime")), problems, lax);
        return problems.isEmpty();
    }

    /** A parameter's value as text, or {@code null}. */
    private static String text(Shape shape) {
        Shape s = shape.kind() == Shape.Kind.ARRAY ? shape.items() : shape;
        Object v = sample(s, MAX_DEPTH - 1);
        if (v == FAIL || v == null || v instanceof Map || v instanceof List) {
            return null;
        }
        if (v instanceof JsonValues.JsonNumber n) {
            return n.text();
        }
        return String.valueOf(v);
    }

    /**
     * A JSON value (of {@link JsonValues}) of a shape that meets its constraints, or {@link #FAIL}.
     */
    static Object sample(Shape shape, int depth) {
        if (shape.example() != null) {
            try {
                // @Example text: a string's is the string itself, any other's is JSON text
                Object example = shape.kind() == Shape.Kind.STRING || shape.kind() == Shape.Kind.ENUM ? shape.example()
                        : JsonValues.parse(shape.example().strip().getBytes(StandardCharsets.UTF_8));
                if (example != JsonValues.NONE && accepts(shape, example, true)) {
                    return example;
                }
            } catch (JsonValues.Malformed | RuntimeException e) {
                // not usable: made below
            }
        }
        if (depth > MAX_DEPTH) {
            return shape.nullable() ? null : FAIL;
        }
        Constraints c = shape.constraints();
        return switch (shape.kind()) {
            case STRING -> string(shape);
            case INTEGER -> number(c, true);
            case NUMBER -> number(c, false);
            case BOOLEAN -> c.assertValue() != null ? c.assertValue() : Boolean.TRUE;
            case ENUM -> shape.def().values().isEmpty() ? FAIL : shape.def().values().get(0);
            case ARRAY -> array(shape, depth);
            case MAP -> map(shape, depth);
            case OBJECT -> object(shape, depth);
            case ANY -> "x";
        };
    }

    private static Object string(Shape shape) {
        Constraints c = shape.constraints();
        List<String> candidates = new ArrayList<>();
        if (shape.textReader() != null) {
            boolean future = c.when() == Constraints.When.FUTURE || c.when() == Constraints.When.FUTURE_OR_PRESENT;
            String year = future ? "2999" : "2001";
            candidates.addAll(List.of(year + "-01-02T03:04:05Z", year + "-01-02T03:04:05", year + "-01-02",
                    "03:04:05Z", "03:04:05", "PT1S", "00000000-0000-4000-8000-000000000001", "https://example.com/x",
                    year + "-01", "UTC", "x"));
        } else if (c.email()) {
            candidates.add("a@example.com");
        } else {
            int min = c.minLength() == null ? 1 : Math.max(1, c.minLength());
            int max = c.maxLength() == null ? Integer.MAX_VALUE : c.maxLength();
            if (min > 1000) {
                return FAIL;
            }
            candidates.add("x".repeat(Math.min(min, max)));
            candidates.addAll(List.of("a", "A", "1", "a1", "abc", "a@example.com"));
        }
        Checks.Check check = Checks.compile(shape.nullable(false));
        for (String s : candidates) {
            List<Problem> problems = new ArrayList<>();
            check.apply(s, new ArrayList<>(List.of("prime")), problems, true);
            if (problems.isEmpty()) {
                return s;
            }
        }
        return FAIL;
    }

    private static Object number(Constraints c, boolean integer) {
        BigDecimal v = integer ? BigDecimal.ONE : new BigDecimal("1.5");
        if (c.minimum() != null && (v.compareTo(c.minimum()) < 0 || (c.exclusiveMinimum() && v.compareTo(c.minimum()) == 0))) {
            v = c.exclusiveMinimum() ? c.minimum().add(BigDecimal.ONE) : c.minimum();
        }
        if (c.maximum() != null && (v.compareTo(c.maximum()) > 0 || (c.exclusiveMaximum() && v.compareTo(c.maximum()) == 0))) {
            v = c.exclusiveMaximum() ? c.maximum().subtract(BigDecimal.ONE) : c.maximum();
        }
        if (integer) {
            v = v.setScale(0, java.math.RoundingMode.CEILING);
        }
        String text = v.stripTrailingZeros().toPlainString();
        return new JsonValues.JsonNumber(text, text.indexOf('.') < 0);
    }

    private static Object array(Shape shape, int depth) {
        Constraints c = shape.constraints();
        int n = c.minLength() == null ? 1 : Math.max(1, c.minLength());
        if (c.maxLength() != null) {
            n = Math.min(n, c.maxLength());
        }
        if (n > 1 && shape.unique()) {
            return FAIL;
        }
        List<Object> list = new ArrayList<>();
        if (n > 0) {
            Object item = sample(shape.items(), depth + 1);
            if (item == FAIL) {
                return c.minLength() == null || c.minLength() == 0 ? list : FAIL;
            }
            for (int i = 0; i < n && i < 100; i++) {
                list.add(item);
            }
        }
        return list;
    }

    private static Object map(Shape shape, int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        Object v = sample(shape.items(), depth + 1);
        if (v != FAIL) {
            m.put("k", v);
        }
        return m;
    }

    private static Object object(Shape shape, int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Property p : shape.def().properties()) {
            Object v = sample(p.shape(), depth + 1);
            if (v == FAIL) {
                if (p.required()) {
                    return FAIL;
                }
                continue;
            }
            m.put(p.name(), v);
        }
        return m;
    }
}
