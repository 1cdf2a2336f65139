package dev.portico.api;

/** The request lacks valid credentials: answers 401 with {@code {"statusCode":401,"message":"..."}}. */
public class UnauthorizedError extends ServiceError {
    private static final long serialVersionUID = 1L;

    /** With the message {@code "Unauthorized"}. */
    public UnauthorizedError() {
        this("Unauthorized");
    }

    /** @param message the message sent to the client */
    public UnauthorizedError(String message) {
        super(401, message);
    }
}
