package dev.portico.api;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A cookie a response sets, rendered as one {@code Set-Cookie} value. Defaults follow Powertools:
 * {@code Secure} is on, every other attribute is off. Every part is checked against RFC 6265's
 * grammar when the cookie is made, so a cookie cannot split a response: the name is an HTTP token;
 * the value is {@code cookie-octet}s (visible ASCII except {@code "} {@code ,} {@code ;} and
 * {@code \}; no space), optionally in double quotes; the path any visible ASCII or space except
 * {@code ;}; the domain letters, digits, {@code -} and {@code .}. Anything else (control characters,
 * characters beyond ASCII) is an {@link IllegalArgumentException} naming the cookie and the part:
 * percent-encode or base64 a value that needs more.
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
        if (!Headers.isToken(name)) {
            throw new IllegalArgumentException("Cookie name '" + Headers.describe(name) + "' must be a non-empty "
                    + "HTTP token (letters, digits and !#$%&'*+-.^_`|~ only)");
        }
        value = value == null ? "" : value;
        check(name, "value", value, Cookie::valueOk, "cookie-octets: visible ASCII except \" , ; \\ and no space, "
                + "optionally in double quotes; percent-encode or base64 anything else");
        check(name, "path", path, Cookie::pathOk, "visible ASCII and space except ';'");
        check(name, "domain", domain, Cookie::domainOk, "letters, digits, '-' and '.' (punycode for IDNs)");
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

    private static void check(String cookie, String what, String s, java.util.function.IntPredicate ok,
                              String grammar) {
        if (s == null) {
            return;
        }
        int bad = -1;
        if ("value".equals(what) && s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
            s = s.substring(1, s.length() - 1);
        }
        for (int i = 0; i < s.length() && bad < 0; i++) {
            if (!ok.test(s.charAt(i))) {
                bad = i;
            }
        }
        if (bad >= 0) {
            throw new IllegalArgumentException("The " + what + " of cookie '" + cookie + "' holds "
                    + Headers.codePoint(s, bad) + " at index " + bad + "; RFC 6265 allows " + grammar);
        }
    }

    private static boolean valueOk(int c) {
        return c == 0x21 || (c >= 0x23 && c <= 0x2B) || (c >= 0x2D && c <= 0x3A) || (c >= 0x3C && c <= 0x5B)
                || (c >= 0x5D && c <= 0x7E);
    }

    private static boolean pathOk(int c) {
        return c >= 0x20 && c < 0x7F && c != ';';
    }

    private static boolean domainOk(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }
}
