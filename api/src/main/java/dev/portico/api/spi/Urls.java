package dev.portico.api.spi;

import dev.portico.api.BadRequestError;
import dev.portico.api.QueryParams;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * Percent-decoding for event sources and the router: paths, raw query strings, and query values
 * that some services (ALB) pass on still encoded. Malformed input is answered 400, never guessed.
 * And the inverse for sources that write events: {@link #formatQuery} encodes parameters as a raw
 * query string.
 */
public final class Urls {

    private Urls() {
    }

    /**
     * Percent-decodes text as UTF-8.
     *
     * @param s the text; returned as it is when it holds no {@code %} (nor {@code +} with
     *     {@code plusAsSpace})
     * @param plusAsSpace whether {@code +} means a space (query strings) or itself (paths)
     * @return the decoded text
     * @throws IllegalArgumentException when a {@code %} is not followed by two hex digits, or the
     *     bytes are not UTF-8
     */
    public static String decode(String s, boolean plusAsSpace) {
        if (s == null) {
            return null;
        }
        int first = firstSpecial(s, plusAsSpace);
        if (first < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, first);
        int i = first;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%') {
                bytes.reset();
                while (i < s.length() && s.charAt(i) == '%') {
                    if (i + 3 > s.length()) {
                        throw new IllegalArgumentException("'%' at index " + i + " is not followed by two hex digits");
                    }
                    int hi = hex(s.charAt(i + 1));
                    int lo = hex(s.charAt(i + 2));
                    if (hi < 0 || lo < 0) {
                        throw new IllegalArgumentException("'%' at index " + i + " is not followed by two hex digits");
                    }
                    bytes.write((hi << 4) | lo);
                    i += 3;
                }
                out.append(utf8(bytes.toByteArray()));
            } else {
                out.append(plusAsSpace && c == '+' ? ' ' : c);
                i++;
            }
        }
        return out.toString();
    }

    /** ASCII hex digits only: {@code Character.digit} would also take fullwidth and other digits. */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static int firstSpecial(String s, boolean plusAsSpace) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' || (plusAsSpace && c == '+')) {
                return i;
            }
        }
        return -1;
    }

    private static String utf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("percent-encoded bytes are not UTF-8");
        }
    }

    /**
     * Decodes a query value or name ({@code +} is a space).
     *
     * @param s the encoded text
     * @param what what it is, for the error message (e.g. {@code query parameter})
     * @return the decoded text
     * @throws BadRequestError when the encoding is malformed
     */
    public static String decodeQueryComponent(String s, String what) {
        try {
            return decode(s, true);
        } catch (IllegalArgumentException e) {
            throw new BadRequestError("Malformed percent-encoding in " + what + ": " + e.getMessage());
        }
    }

    /**
     * Parses a raw query string such as {@code a=1&b=x%20y&a=2} into decoded, multi-valued parameters.
     * A name without {@code =} gets an empty value; empty pairs are skipped.
     *
     * @param raw the query string without {@code ?}; {@code null} or empty for none
     * @return the parameters
     * @throws BadRequestError when the encoding is malformed
     */
    public static QueryParams parseQuery(String raw) {
        if (raw == null || raw.isEmpty()) {
            return QueryParams.empty();
        }
        QueryParams.Builder b = QueryParams.builder();
        int start = 0;
        while (start <= raw.length()) {
            int amp = raw.indexOf('&', start);
            int end = amp < 0 ? raw.length() : amp;
            if (end > start) {
                int eq = raw.indexOf('=', start);
                String name;
                String value;
                if (eq < 0 || eq > end) {
                    name = raw.substring(start, end);
                    value = "";
                } else {
                    name = raw.substring(start, eq);
                    value = raw.substring(eq + 1, end);
                }
                if (!name.isEmpty()) {
                    b.add(decodeQueryComponent(name, "query string"), decodeQueryComponent(value, "query string"));
                }
            }
            if (amp < 0) {
                break;
            }
            start = amp + 1;
        }
        return b.build();
    }

    /**
     * A query string for decoded parameters, the inverse of {@link #parseQuery}: names and values
     * percent-encoded ({@code +} for a space), repeated names kept apart, joined with {@code &}.
     *
     * @param params the parameters
     * @return the query string without {@code ?}; empty when there are none
     */
    public static String formatQuery(QueryParams params) {
        if (params.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<String>> e : params.asMap().entrySet()) {
            String name = URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8);
            for (String v : e.getValue()) {
                if (sb.length() > 0) {
                    sb.append('&');
                }
                sb.append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }
}
