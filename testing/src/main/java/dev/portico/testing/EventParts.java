package dev.portico.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The small pieces the event builders assemble events from. */
final class EventParts {

    private EventParts() {
    }

    /**
     * Joins lists of values into one value per name.
     *
     * @param lists name to values
     * @param separator joins the values, or {@code null} to keep only the last value
     * @return name to value, in order
     */
    static Map<String, Object> joined(Map<String, List<String>> lists, String separator) {
        Map<String, Object> out = new LinkedHashMap<>();
        lists.forEach((name, values) -> out.put(name,
                separator == null ? values.get(values.size() - 1) : String.join(separator, values)));
        return out;
    }

    /** @return a copy with each value mapped through {@link #encode} (names too) */
    static Map<String, List<String>> encoded(Map<String, List<String>> lists) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        lists.forEach((name, values) -> out.put(encode(name), values.stream().map(EventParts::encode).toList()));
        return out;
    }

    /**
     * Percent-encodes UTF-8 text, leaving the RFC 3986 unreserved characters as they are; a space
     * becomes {@code %20}.
     *
     * @param s the text
     * @return the encoded text
     */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    /** @return the fixed event time in the access-log form AWS uses, {@code 14/Nov/2023:22:13:20 +0000} */
    static String requestTime() {
        return DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
                .format(Instant.ofEpochMilli(EventBuilder.EPOCH_MILLIS).atOffset(ZoneOffset.UTC));
    }

    /** @return a mutable map of the pairs, in order ({@code null} values kept) */
    static Map<String, Object> object(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
