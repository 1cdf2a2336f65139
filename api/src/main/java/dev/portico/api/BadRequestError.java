package dev.portico.api;

/** The request is malformed: answers 400 with {@code {"statusCode":400,"message":"..."}}. */
public class BadRequestError extends ServiceError {
    private static final long serialVersionUID = 1L;

    /** With the message {@code "Bad Request"}. */
    public BadRequestError() {
        this("Bad Request");
    }

    /** @param message the message sent to the client */
    public BadRequestError(String message) {
        super(400, message);
    }
}
