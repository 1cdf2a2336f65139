package dev.portico.api;

/** The request took too long: answers 408 with {@code {"statusCode":408,"message":"..."}}. */
public class RequestTimeoutError extends ServiceError {
    private static final long serialVersionUID = 1L;

    /** With the message {@code "Request Timeout"}. */
    public RequestTimeoutError() {
        this("Request Timeout");
    }

    /** @param message the message sent to the client */
    public RequestTimeoutError(String message) {
        super(408, message);
    }
}
