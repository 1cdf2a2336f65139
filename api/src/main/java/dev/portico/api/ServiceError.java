package dev.portico.api;

/**
 * An HTTP error a handler or middleware throws to answer with a status code: the response is
 * {@code {"statusCode":N,"message":"..."}} with {@code Content-Type: application/json}. Exception
 * handlers can still catch it by type. The subclasses cover the common statuses.
 *
 * <p>The message is sent to the client, so it must not carry internals. No stack trace is filled in:
 * it is control flow, not a failure.
 *
 * <p>With {@code problemDetails(true)} on the resolver builder the same error is answered as an
 * RFC 9457 problem ({@code application/problem+json}): {@code type}, {@code title}, {@code status},
 * {@code detail} (the message), {@code instance} (the request path), plus the members of
 * {@link #problemExtensions()}.
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

    /**
     * The extension members of this error's RFC 9457 problem, when the application answers errors as
     * Problem Details. By default they come from {@link #body()}: every field other than
     * {@code statusCode} and {@code message}, except that a {@code detail} that is not a string (the
     * list of problems a validation error carries, as {@code {"statusCode":422,"detail":[...]}})
     * becomes {@code errors}, because {@code detail} is the problem's human-readable message in
     * RFC 9457. Fields named like the other standard members ({@code type}, {@code title},
     * {@code status}, {@code instance}) are left out. Override to choose the members yourself.
     *
     * @return the extension members, in order; empty for none
     */
    public java.util.Map<String, Object> problemExtensions() {
        if (!(body() instanceof java.util.Map<?, ?> fields)) {
            return java.util.Map.of();
        }
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (java.util.Map.Entry<?, ?> e : fields.entrySet()) {
            String name = String.valueOf(e.getKey());
            switch (name) {
                case "statusCode", "message", "type", "title", "status", "instance" -> { }
                case "detail" -> {
                    if (!(e.getValue() instanceof String)) {
                        out.put("errors", e.getValue());
                    }
                }
                default -> out.put(name, e.getValue());
            }
        }
        return out;
    }
}
