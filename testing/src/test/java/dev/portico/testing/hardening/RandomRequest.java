package dev.portico.testing.hardening;

import dev.portico.testing.EventBuilder;
import dev.portico.testing.EventFormat;
import dev.portico.testing.Events;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A random but valid request to {@code /echo/{a}} ({@link Apps#echo}), in one event format, with what
 * the handler must see: any method token, a path parameter of any text (percent-encoded in the path),
 * headers, query parameters and cookies of any text their format can carry, and a text, binary or no
 * body.
 *
 * @param format the event format
 * @param method the method as sent (any case)
 * @param segment the decoded path parameter
 * @param headers {@code x-f-*} header names (lower case) to one value each
 * @param query query names to one decoded value each
 * @param cookies cookie names to values
 * @param text the text body, or {@code null}
 * @param bytes the binary body, or {@code null}
 */
record RandomRequest(EventFormat format, String method, String segment, Map<String, String> headers,
                     Map<String, String> query, Map<String, String> cookies, String text, byte[] bytes) {

    /** The source auto-detection must pick for each format. */
    static final Map<EventFormat, String> SOURCE = Map.of(
            EventFormat.REST, "apigw-rest", EventFormat.HTTP_API, "apigw-http",
            EventFormat.FUNCTION_URL, "function-url", EventFormat.ALB, "alb", EventFormat.ALB_MULTI_VALUE, "alb",
            EventFormat.VPC_LATTICE, "vpc-lattice", EventFormat.VPC_LATTICE_V2, "vpc-lattice-v2");

    static RandomRequest next(Gen g) {
        EventFormat format = g.pick(EventFormat.values());
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = g.n(5); i > 0; i--) {
            headers.put("x-f-" + g.word(8).toLowerCase(Locale.ROOT), g.text(16).strip());
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = g.n(5); i > 0; i--) {
            query.put("q" + g.text(6), g.text(12));
        }
        Map<String, String> cookies = new LinkedHashMap<>();
        for (int i = g.n(3); i > 0; i--) {
            cookies.put("c" + g.word(6), g.cookieValue(10));
        }
        String text = null;
        byte[] bytes = null;
        switch (g.n(3)) {
            case 0 -> text = "t" + g.text(60);
            case 1 -> {
                bytes = new byte[1 + g.n(40)];
                g.r.nextBytes(bytes);
            }
            default -> { }
        }
        return new RandomRequest(format, g.pick(Gen.METHODS), "s" + g.text(20), headers, query, cookies, text, bytes);
    }

    /** @return the event, built with the kit's builder for the format */
    String event() {
        EventBuilder<?> b = Events.of(format).method(method).path("/echo/" + Gen.encode(segment));
        headers.forEach(b::header);
        query.forEach(b::query);
        cookies.forEach(b::cookie);
        if (text != null) {
            b.body(text);
        } else if (bytes != null) {
            b.body(bytes);
        }
        return b.build();
    }

    /** @return what {@link Apps#echo} must answer */
    Map<String, Object> expected() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", method.toUpperCase(Locale.ROOT));
        out.put("a", segment);
        Map<String, Object> h = new TreeMap<>();
        headers.forEach((name, value) -> h.put(name, List.of(value)));
        out.put("headers", h);
        Map<String, Object> q = new TreeMap<>();
        query.forEach((name, value) -> q.put(name, List.of(value)));
        out.put("query", q);
        out.put("cookies", new TreeMap<>(cookies));
        byte[] raw = bytes != null ? bytes : text != null ? text.getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        out.put("body", text != null ? text : bytes != null ? new String(bytes, StandardCharsets.UTF_8)
                : null);
        out.put("bytes", Base64.getEncoder().encodeToString(raw));
        return out;
    }
}
