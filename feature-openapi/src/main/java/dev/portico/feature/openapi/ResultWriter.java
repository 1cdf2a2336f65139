package dev.portico.feature.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.Response;
import dev.portico.feature.openapi.internal.JsonSchema;
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
    private static final System.Logger LOG = System.getLogger("dev.portico.feature.openapi");
    private static final List<Object> LOC = List.of("response");

    /** What the handler returns. */
    enum Mode { RESPONSE, VOID, VALUE }

    private final Mode mode;
    private final Shape shape;
    private final JsonSchema schema;
    private final int status;
    private final String contentType;

    ResultWriter(Mode mode, Shape shape, int status, String contentType) {
        this.mode = mode;
        this.shape = shape;
        this.schema = shape == null ? null : JsonSchema.of(shape);
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
        byte[] json;
        JsonNode tree;
        try {
            json = runtime.codec().write(value);
            tree = runtime.codec().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialize the result of " + route, e);
        }
        List<Problem> problems = schema.validate(tree, LOC);
        if (!problems.isEmpty()) {
            throw fail(problems, runtime, route);
        }
        return Response.of(status, contentType, new String(json, StandardCharsets.UTF_8));
    }

    private static ResponseValidationError fail(List<Problem> problems, AppSettings runtime, String route) {
        List<ValidationProblem> errors = Problems.toPublic(problems);
        LOG.log(Level.WARNING, "The result of " + route + " does not match its declared type: " + errors);
        return new ResponseValidationError(runtime.responseStatus(), errors);
    }

    Mode mode() {
        return mode;
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
