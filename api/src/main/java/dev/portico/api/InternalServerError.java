package dev.portico.api;

/** Something failed on the server: answers 500 with {@code {"statusCode":500,"message":"..."}}. */
public class InternalServerError extends ServiceError {
    private static final long serialVersionUID = 1L;

    /** With the message {@code "Internal Server Error"}. */
    public InternalServerError() {
        this("Internal Server Error");
    }

    /** @param message the message sent to the client */
    public InternalServerError(String message) {
        super(500, message);
    }
}
