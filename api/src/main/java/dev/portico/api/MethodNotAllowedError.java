package dev.portico.api;

/** The path exists, but not with this method: answers 405 with {@code {"statusCode":405,"message":"..."}}. */
public class MethodNotAllowedError extends ServiceError {
    private static final long serialVersionUID = 1L;

    /** With the message {@code "Method not allowed"}. */
    public MethodNotAllowedError() {
        this("Method not allowed");
    }

    /** @param message the message sent to the client */
    public MethodNotAllowedError(String message) {
        super(405, message);
    }
}
