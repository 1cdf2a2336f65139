package dev.portico.feature.openapi;

import dev.portico.api.ServiceError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request did not match what its route declares: answered 422 with every problem,
 * {@code {"statusCode":422,"detail":[{"loc":["path","todo_id"],"type":"int_parsing","msg":"..."}]}}.
 *
 * <p>Register an exception handler to answer differently, for example with an opaque message while
 * logging the details:
 *
 * <pre>{@code
 * app.exceptionHandler(RequestValidationError.class, (e, req) -> {
 *     LOG.log(Level.WARNING, "Invalid request: " + e.errors());
 *     return Response.of(422, "application/json", "Invalid data");
 * });
 * }</pre>
 */
public class RequestValidationError extends ServiceError {
    private static final long serialVersionUID = 1L;
    private final transient List<ValidationProblem> errors;

    /** @param errors the problems, at least one */
    public RequestValidationError(List<ValidationProblem> errors) {
        this(422, errors);
    }

    /**
     * For subclasses answering another status.
     *
     * @param status the status
     * @param errors the problems
     */
    protected RequestValidationError(int status, List<ValidationProblem> errors) {
        super(status, "Request validation failed: " + errors.size() + " problem(s)");
        this.errors = List.copyOf(errors);
    }

    /** @return the problems, in the order found */
    public List<ValidationProblem> errors() {
        return errors;
    }

    /** @return {@code {"statusCode":422,"detail":[...]}} */
    @Override
    public Object body() {
        return body(statusCode(), errors);
    }

    static Map<String, Object> body(int status, List<ValidationProblem> errors) {
        List<Map<String, Object>> detail = new ArrayList<>(errors.size());
        for (ValidationProblem p : errors) {
            detail.add(p.toMap());
        }
        Map<String, Object> body = new LinkedHashMap<>(4);
        body.put("statusCode", status);
        body.put("detail", detail);
        return body;
    }
}
