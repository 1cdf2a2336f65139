package dev.portico.api;

import java.util.Map;

/**
 * HTTP headers: ordered, multi-valued, names compared case-insensitively (RFC 9110). Immutable;
 * build one with {@link #builder()} or change a copy with {@link #toBuilder()}.
 */
public final class Headers extends MultiValueMap {
    private static final Headers EMPTY = new Headers(Map.of());

    private Headers(Map<String, Slot> slots) {
        super(slots);
    }

    /** @return headers with no entries */
    public static Headers empty() {
        return EMPTY;
    }

    /** @return a builder for headers */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a string is an RFC 9110 {@code token}, the grammar of a header name (and of a cookie
     * name): one or more of the letters, digits and {@code !#$%&'*+-.^_`|~}.
     *
     * @param s the string
     * @return {@code true} when it is a token
     */
    public static boolean isToken(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7F || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the first character of a header value outside RFC 9110 {@code field-value}
     * (visible ASCII, space and horizontal tab; the obsolete {@code obs-text} is refused, as it is
     * where a server writing characters as their low byte turns U+010A into LF).
     *
     * @param value the value
     * @return the index of the first bad character, or -1 when the value is valid
     */
    public static int invalidValueIndex(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < ' ' && c != '\t') || c >= 0x7F) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks a header name and value against RFC 9110's grammar.
     *
     * @param name the header name
     * @param value the value, or {@code null} to check the name only
     * @throws IllegalArgumentException naming the header and the first bad character
     */
    public static void check(String name, String value) {
        if (!isToken(name)) {
            throw new IllegalArgumentException("Header name '" + describe(name) + "' is not an HTTP token "
                    + "(letters, digits and !#$%&'*+-.^_`|~ only: no spaces, separators, control or non-ASCII characters)");
        }
        int bad = value == null ? -1 : invalidValueIndex(value);
        if (bad >= 0) {
            throw new IllegalArgumentException("Value of header '" + name + "' holds " + codePoint(value, bad)
                    + " at index " + bad + "; header values are visible ASCII, space and tab only (RFC 9110): "
                    + "no CR, LF or other control characters, percent-encode or RFC 8187-encode anything else");
        }
    }

    /** A name for error messages: control and non-ASCII characters shown as U+XXXX. */
    static String describe(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length() && i < 64; i++) {
            char c = s.charAt(i);
            sb.append(c < ' ' || c >= 0x7F ? codePoint(s, i) : String.valueOf(c));
        }
        return s.length() > 64 ? sb + "..." : sb.toString();
    }

    static String codePoint(String s, int i) {
        return String.format(java.util.Locale.ROOT, "U+%04X", (int) s.charAt(i));
    }

    /** @return a builder holding these headers */
    public Builder toBuilder() {
        Builder b = new Builder();
        for (Slot slot : slots.values()) {
            b.addAll(slot.name, slot.values);
        }
        return b;
    }

    @Override
    String key(String name) {
        return lower(name);
    }

    /** Builds {@link Headers}. */
    public static final class Builder extends AbstractBuilder<Builder> {
        private Builder() {
        }

        @Override
        String key(String name) {
            return lower(name);
        }

        /** @return the headers added so far */
        public Headers build() {
            return slots.isEmpty() ? EMPTY : new Headers(freeze());
        }
    }
}
