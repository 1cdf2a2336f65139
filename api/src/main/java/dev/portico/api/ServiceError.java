package dev.portico.api;

/**
 * An HTTP error a handler or middleware throws to answer with a status code: the response is
 * {@code {"statusCode":N,"message":"..."}} with {@code Content-Type: application/json}. Exception
 * handlers can still catch it by type. The subclasses cover the common statuses.
 *
 * <p>The message is sent to the client, so it must not carry internals. No stack trace is filled in:
 * it is control flow, not a failure.
 */
public class ServiceError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int statusCode;

    /**
     * @param statusCode the HTTP status, 400 to 599
     * @param message the message sent to the client
     */
    public ServiceError(int statusCode, String message) {
        super(message, null, false, false);
        if (statusCode < 400 || statusCode > 599) {
            throw new IllegalArgumentException("ServiceError status must be 4xx or 5xx, was " + statusCode);
        }
        this.statusCode = statusCode;
    }

    /** @return the HTTP status */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The response body when no exception handler takes the error: by default
     * {@code {"statusCode":N,"message":"..."}}. Subclasses may add fields (a validation error lists
     * its problems); the result is serialized as JSON.
     *
     * @return the body
     */
    public Object body() {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>(4);
        body.put("statusCode", statusCode);
        body.put("message", getMessage());
        return body;
    }
}
