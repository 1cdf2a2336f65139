package dev.portico.feature.openapi;

import dev.portico.api.Response;
import dev.portico.feature.openapi.internal.BodyReader;
import dev.portico.feature.openapi.internal.CheckedRecord;
import dev.portico.feature.openapi.internal.Checks;
import dev.portico.feature.openapi.internal.JsonValues;
import dev.portico.feature.openapi.internal.Messages;
import dev.portico.feature.openapi.internal.ParamParser;
import dev.portico.feature.openapi.internal.Problem;
import dev.portico.feature.openapi.internal.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a typed handler's result into the response: a {@code Response} passes through; a value is
 * serialized once with the application's codec, validated against the declared type and sent as
 * JSON (a {@code String} as it is, like Powertools); a mismatch raises {@link ResponseValidationError}.
 */
final class ResultWriter {
    /** Created on first use: {@code System.getLogger} starts the logging back end, which init does not need. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger("dev.portico.feature.openapi");
    }

    private static final List<Object> LOC = List.of("response");

    /** What the handler returns. */
    enum Mode { RESPONSE, VOID, VALUE }

    private final Mode mode;
    private final Shape shape;
    private final Checks.Check check;
    private final CheckedRecord fast;
    private final BodyReader type;
    private final int status;
    private final String contentType;

    /**
     * @param mode what the handler returns
     * @param shape the declared shape of values, or {@code null}
     * @param type the declared type of values (for priming the codec), or {@code null}
     * @param status the success status
     * @param contentType the content type of values
     */
    ResultWriter(Mode mode, Shape shape, BodyReader type, int status, String contentType) {
        this.mode = mode;
        this.shape = shape;
        this.check = shape == null ? null : Checks.compile(shape);
        this.fast = type == null || type.tree() ? null : CheckedRecord.of(shape);
        this.type = type;
        this.status = status;
        this.contentType = contentType;
    }

    Object write(Object result, AppSettings runtime, String route) {
        if (result instanceof Response || mode == Mode.RESPONSE) {
            return result;
        }
        if (mode == Mode.VOID) {
            return status == 200 ? null : Response.status(status).build();
        }
        Object value = result instanceof Optional<?> o ? o.orElse(null) : result;
        if (value == null) {
            if (shape.nullable()) {
                return Response.of(status, contentType, "null");
            }
            throw fail(List.of(Messages.wrongType(LOC, shape.kind(), null, false, false)), runtime, route);
        }
        if (shape.kind() == Shape.Kind.ANY) {
            return Response.of(status, contentType, value);
        }
        if (value instanceof String s && shape.kind() == Shape.Kind.STRING && shape.textReader() == null) {
            List<Problem> problems = new ArrayList<>(0);
            ParamParser.check(shape.constraints(), s, LOC, problems);
            if (!problems.isEmpty()) {
                throw fail(problems, runtime, route);
            }
            return Response.of(status, contentType, s);
        }
        if (fast != null && runtime.defaultCodec() && fast.valid(value)) {
            // A record of plain scalars that passes its checks: written once, not parsed back.
            try {
                return Response.of(status, contentType, new String(runtime.codec().write(value), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot serialize the result of " + route, e);
            }
        }
        byte[] json;
        Object tree;
        try {
            json = runtime.codec().write(value);
            tree = JsonValues.parse(json);
        } catch (IOException | JsonValues.Malformed e) {
            throw new UncheckedIOException("Cannot serialize the result of " + route,
                    e instanceof IOException io ? io : new IOException(e));
        }
        List<Problem> problems = new ArrayList<>(0);
        check.apply(tree == JsonValues.NONE ? null : tree, new ArrayList<>(LOC), problems, false);
        if (!problems.isEmpty()) {
            throw fail(problems, runtime, route);
        }
        return Response.of(status, contentType, new String(json, StandardCharsets.UTF_8));
    }

    private static ResponseValidationError fail(List<Problem> problems, AppSettings runtime, String route) {
        List<ValidationProblem> errors = Problems.toPublic(problems);
        Log.LOG.log(Level.WARNING, "The result of " + route + " does not match its declared type: " + errors);
        return new ResponseValidationError(runtime.responseStatus(), errors);
    }

    /** Warms the codec for the declared type and the check, without a result. */
    void prime(AppSettings runtime) {
        if (type != null) {
            type.prime(runtime.codec());
        }
        if (check != null) {
            check.apply(null, new ArrayList<>(LOC), new ArrayList<>(), false);
        }
    }

    Mode mode() {
        return mode;
    }

    /** @return reads values of the declared type, or {@code null} (for {@link TypedPrimer}) */
    BodyReader reader() {
        return type;
    }

    Shape shape() {
        return shape;
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }
}
