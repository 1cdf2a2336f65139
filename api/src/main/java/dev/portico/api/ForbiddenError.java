package dev.portico.api;

/** The caller may not do this: answers 403 with {@code {"statusCode":403,"message":"..."}}. */
public class ForbiddenError extends ServiceError {
    private static final long serialVersionUID = 1L;

    /** With the message {@code "Forbidden"}. */
    public ForbiddenError() {
        this("Forbidden");
    }

    /** @param message the message sent to the client */
    public ForbiddenError(String message) {
        super(403, message);
    }
}
