package dev.portico.api;

/** The service cannot answer now: answers 503 with {@code {"statusCode":503,"message":"..."}}. */
public class ServiceUnavailableError extends ServiceError {
    private static final long serialVersionUID = 1L;

    /** With the message {@code "Service Unavailable"}. */
    public ServiceUnavailableError() {
        this("Service Unavailable");
    }

    /** @param message the message sent to the client */
    public ServiceUnavailableError(String message) {
        super(503, message);
    }
}
