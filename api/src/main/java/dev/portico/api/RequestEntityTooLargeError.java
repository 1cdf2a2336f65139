package dev.portico.api;

/** The request body is too large: answers 413 with {@code {"statusCode":413,"message":"..."}}. */
public class RequestEntityTooLargeError extends ServiceError {
    private static final long serialVersionUID = 1L;

    /** With the message {@code "Request Entity Too Large"}. */
    public RequestEntityTooLargeError() {
        this("Request Entity Too Large");
    }

    /** @param message the message sent to the client */
    public RequestEntityTooLargeError(String message) {
        super(413, message);
    }
}
