package dev.portico.api;

import java.util.Locale;

/**
 * HTTP method names. Methods are plain upper-case strings, so methods without a constant here
 * (for example {@code TRACE}) work the same way.
 */
public final class HttpMethod {
    public static final String GET = "GET";
    public static final String POST = "POST";
    public static final String PUT = "PUT";
    public static final String PATCH = "PATCH";
    public static final String DELETE = "DELETE";
    public static final String HEAD = "HEAD";
    public static final String OPTIONS = "OPTIONS";
    /** Matches every method; what {@link Router#any} registers. */
    public static final String ANY = "*";

    private HttpMethod() {
    }

    /**
     * Reads the method of an event for an event source: a missing or invalid method is the event's
     * fault, answered 400 with a message naming the field, e.g. {@code The ALB event has no httpMethod}
     * or {@code The ALB event's httpMethod is not a valid HTTP method}.
     *
     * @param method the method the event carries, possibly {@code null}
     * @param event what the event is, for the message (e.g. {@code ALB event})
     * @param field the field holding the method (e.g. {@code httpMethod})
     * @return the upper-case method
     * @throws BadRequestError when the method is missing, empty or not an HTTP token
     */
    public static String require(String method, String event, String field) {
        if (method == null || method.isEmpty()) {
            throw new BadRequestError("The " + event + " has no " + field);
        }
        try {
            return normalize(method);
        } catch (IllegalArgumentException e) {
            throw new BadRequestError("The " + event + "'s " + field + " is not a valid HTTP method");
        }
    }

    /**
     * Normalizes a method name to upper case and checks it is an HTTP token.
     *
     * @param method a method name such as {@code get} or {@code PATCH}
     * @return the upper-case name
     * @throws IllegalArgumentException when the name is empty or has characters a method cannot have
     */
    public static String normalize(String method) {
        // The constants, as the shortcuts (get, post, ...) pass them: already normal, no scan (an
        // application may declare thousands of routes, at start-up, interpreted).
        if (method == GET || method == POST || method == PUT || method == DELETE || method == PATCH
                || method == HEAD || method == OPTIONS || method == ANY) {
            return method;
        }
        if (method == null || method.isEmpty()) {
            throw new IllegalArgumentException("HTTP method must not be empty");
        }
        if (ANY.equals(method)) {
            return ANY;
        }
        for (int i = 0; i < method.length(); i++) {
            char c = method.charAt(i);
            boolean token = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!token) {
                throw new IllegalArgumentException("'" + method + "' is not a valid HTTP method name");
            }
        }
        return method.toUpperCase(Locale.ROOT);
    }
}
