package dev.portico.testing.hardening;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random values for the property-based tests, drawn from one seeded {@link Random}. */
final class Gen {
    static final String TOKEN_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~";
    static final String UNRESERVED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";
    /** Characters that tend to break parsers: separators, escapes, controls, non-ASCII. */
    static final String[] NASTY = {"%", "%%", "%2", "%zz", "%2F", "%00", "%ff", "%C3%28", "/", "//", "..", "?", "#",
        "&", "=", "+", ";", ",", "\"", "\\", "'", " ", "\t", "\r", "\n", "\r\n", "\u0000", "\u007f", "é", "日本",
        "\uD83D\uDE00", "\uD800", "\uFFFD", "\u2028", "{", "}", "[", "]", "<script>", "null", "*"};
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE",
            "FOO", "M-SEARCH", "get", "Post");
    static final List<String> BAD_METHODS = List.of("", " ", "G E T", "GET\r\n", "GET\n", "(GET)", "G\u0000T",
            "GÉT", "GET/1.1", "\t", "[]", "{}");

    final Random r;

    Gen(Random r) {
        this.r = r;
    }

    int n(int bound) {
        return r.nextInt(bound);
    }

    boolean chance(int percent) {
        return r.nextInt(100) < percent;
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[r.nextInt(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(r.nextInt(options.size()));
    }

    /** @return a non-empty HTTP token */
    String token(int maxLength) {
        return chars(TOKEN_CHARS, 1 + n(maxLength));
    }

    /** @return letters, digits and {@code -._~}, non-empty */
    String word(int maxLength) {
        return chars(UNRESERVED, 1 + n(maxLength));
    }

    private String chars(String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(n(alphabet.length())));
        }
        return sb.toString();
    }

    /** @return text without control characters: ASCII, accents, CJK and emoji; may be empty */
    String text(int maxLength) {
        int length = n(maxLength + 1);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (n(10)) {
                case 0 -> sb.append(pick("é", "ß", "Ω", "日", "本", "\uD83D\uDE00", "€"));
                case 1 -> sb.append(pick(" ", "%", "+", "&", "=", "/", "?", "#", ";", ",", "\"", "\\", "'"));
                default -> sb.append((char) (33 + n(94)));
            }
        }
        return sb.toString();
    }

    /** @return text that may hold anything, controls and lone surrogates included */
    String nasty(int maxParts) {
        StringBuilder sb = new StringBuilder();
        int parts = n(maxParts + 1);
        for (int i = 0; i < parts; i++) {
            sb.append(chance(50) ? pick(NASTY) : text(4));
        }
        return sb.toString();
    }

    /** @return text free of {@code ; , "} whitespace and controls, as a cookie value must be */
    String cookieValue(int maxLength) {
        return chars(UNRESERVED + "!#$&'()*+/:<=>?@[]^`{|}", n(maxLength + 1));
    }

    /** @return a random JSON value as maps, lists and scalars, nested at most {@code depth} deep */
    Object json(int depth) {
        int kind = n(depth > 0 ? 10 : 7);
        return switch (kind) {
            case 0 -> null;
            case 1 -> r.nextBoolean();
            case 2 -> pick(0, -1, 1, Integer.MAX_VALUE, Long.MIN_VALUE);
            case 3 -> pick(0.5, -1e300, 3.0);
            case 4 -> text(8);
            case 5 -> nasty(3);
            case 6 -> "";
            case 7, 8 -> {
                List<Object> list = new ArrayList<>();
                for (int i = n(4); i > 0; i--) {
                    list.add(json(depth - 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = n(4); i > 0; i--) {
                    map.put(chance(70) ? token(8) : nasty(2), json(depth - 1));
                }
                yield map;
            }
        };
    }

    /**
     * Percent-encodes UTF-8 text the way a client would: everything but the unreserved characters.
     *
     * @param s the text
     * @return the encoded text
     */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length() * 3);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (UNRESERVED.indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }
}
