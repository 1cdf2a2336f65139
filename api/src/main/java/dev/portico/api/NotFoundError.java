package dev.portico.api;

/** Nothing is there: answers 404 with {@code {"statusCode":404,"message":"..."}}. */
public class NotFoundError extends ServiceError {
    private static final long serialVersionUID = 1L;

    /** With the message {@code "Not found"}. */
    public NotFoundError() {
        this("Not found");
    }

    /** @param message the message sent to the client */
    public NotFoundError(String message) {
        super(404, message);
    }
}
