package dev.portico.feature.openapi;

import dev.portico.api.ServiceError;
import java.util.List;

/**
 * A typed route returned something that does not match its declared response type (or a
 * {@link SchemaValidationMiddleware} found the response off its schema): answered 500 by default,
 * or with the status set by {@link OpenApiConfig.Builder#responseValidationStatus(int)}, with body
 * {@code {"statusCode":500,"detail":[{"loc":["response","title"],"type":"missing","msg":"Field required"}]}}.
 * It is a bug in the handler, so it is also logged.
 */
public class ResponseValidationError extends ServiceError {
    private static final long serialVersionUID = 1L;
    private final transient List<ValidationProblem> errors;

    /**
     * @param status the status to answer, 4xx or 5xx
     * @param errors the problems
     */
    public ResponseValidationError(int status, List<ValidationProblem> errors) {
        super(status, "Response validation failed: " + errors.size() + " problem(s)");
        this.errors = List.copyOf(errors);
    }

    /** @return the problems */
    public List<ValidationProblem> errors() {
        return errors;
    }

    /** @return {@code {"statusCode":N,"detail":[...]}} */
    @Override
    public Object body() {
        return RequestValidationError.body(statusCode(), errors);
    }
}
