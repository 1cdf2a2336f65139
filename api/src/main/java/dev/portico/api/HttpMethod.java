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
     * Normalizes a method name to upper case and checks it is an HTTP token.
     *
     * @param method a method name such as {@code get} or {@code PATCH}
     * @return the upper-case name
     * @throws IllegalArgumentException when the name is empty or has characters a method cannot have
     */
    public static String normalize(String method) {
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
