package dev.portico.api;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A cookie a response sets, rendered as one {@code Set-Cookie} value. Defaults follow Powertools:
 * {@code Secure} is on, every other attribute is off. Names must be HTTP tokens, and no part may hold
 * control characters (CR and LF among them) or {@code ;}, so a cookie cannot split a response.
 *
 * @param name the cookie name
 * @param value the cookie value
 * @param path the {@code Path} attribute, or {@code null}
 * @param domain the {@code Domain} attribute, or {@code null}
 * @param secure whether to send {@code Secure}
 * @param httpOnly whether to send {@code HttpOnly}
 * @param maxAge the {@code Max-Age} attribute, or {@code null}
 * @param expires the {@code Expires} attribute, or {@code null}
 * @param sameSite the {@code SameSite} attribute, or {@code null}
 */
public record Cookie(String name, String value, String path, String domain, boolean secure,
                     boolean httpOnly, Duration maxAge, Instant expires, SameSite sameSite) {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The {@code SameSite} attribute. */
    public enum SameSite { STRICT, LAX, NONE;

        String label() {
            return switch (this) {
                case STRICT -> "Strict";
                case LAX -> "Lax";
                case NONE -> "None";
            };
        }
    }

    /** Checks the parts. */
    public Cookie {
        if (name == null || name.isEmpty() || !isToken(name)) {
            throw new IllegalArgumentException("Cookie name '" + name + "' must be a non-empty HTTP token");
        }
        value = value == null ? "" : value;
        checkPart("value", value);
        checkPart("path", path);
        checkPart("domain", domain);
    }

    /**
     * A cookie with the default attributes.
     *
     * @param name the name
     * @param value the value
     * @return the cookie
     */
    public static Cookie of(String name, String value) {
        return new Cookie(name, value, null, null, true, false, null, null, null);
    }

    /** @param path the path @return a copy with that {@code Path} */
    public Cookie withPath(String path) {
        return new Cookie(name, value, path, domain, secure, httpOnly, maxAge, expires, sameSite);
    }

    /** @param domain the domain @return a copy with that {@code Domain} */
    public Cookie withDomain(String domain) {
        return new Cookie(name, value, path, domain, secure, httpOnly, maxAge, expires, sameSite);
    }

    /** @param secure the flag @return a copy with {@code Secure} on or off */
    public Cookie withSecure(boolean secure) {
        return new Cookie(name, value, path, domain, secure, httpOnly, maxAge, expires, sameSite);
    }

    /** @param httpOnly the flag @return a copy with {@code HttpOnly} on or off */
    public Cookie withHttpOnly(boolean httpOnly) {
        return new Cookie(name, value, path, domain, secure, httpOnly, maxAge, expires, sameSite);
    }

    /** @param maxAge the age @return a copy with that {@code Max-Age} */
    public Cookie withMaxAge(Duration maxAge) {
        return new Cookie(name, value, path, domain, secure, httpOnly, maxAge, expires, sameSite);
    }

    /** @param expires the instant @return a copy with that {@code Expires} */
    public Cookie withExpires(Instant expires) {
        return new Cookie(name, value, path, domain, secure, httpOnly, maxAge, expires, sameSite);
    }

    /** @param sameSite the policy @return a copy with that {@code SameSite} */
    public Cookie withSameSite(SameSite sameSite) {
        return new Cookie(name, value, path, domain, secure, httpOnly, maxAge, expires, sameSite);
    }

    /** @return the {@code Set-Cookie} header value, e.g. {@code session_id=12345; Secure} */
    public String toSetCookie() {
        StringBuilder sb = new StringBuilder(name.length() + value.length() + 16);
        sb.append(name).append('=').append(value);
        if (path != null) {
            sb.append("; Path=").append(path);
        }
        if (domain != null) {
            sb.append("; Domain=").append(domain);
        }
        if (secure) {
            sb.append("; Secure");
        }
        if (httpOnly) {
            sb.append("; HttpOnly");
        }
        if (maxAge != null) {
            sb.append("; Max-Age=").append(Math.max(0, maxAge.getSeconds()));
        }
        if (expires != null) {
            sb.append("; Expires=").append(HTTP_DATE.format(expires));
        }
        if (sameSite != null) {
            sb.append("; SameSite=").append(sameSite.label());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toSetCookie();
    }

    private static boolean isToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static void checkPart(String what, String s) {
        if (s == null) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 32 || c == 127 || c == ';') {
                throw new IllegalArgumentException(
                        "Cookie " + what + " must not contain control characters (CR, LF) or ';'");
            }
        }
    }
}
