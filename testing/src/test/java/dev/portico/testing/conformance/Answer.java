package dev.portico.testing.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.testing.EventFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer an application gives, before any event source shapes it: status (with its reason
 * phrase, for the formats that send a status line), headers in order, {@code Set-Cookie} values,
 * body and base64 flag. {@link #wire(EventFormat)} writes the JSON object each AWS service expects
 * for it; that is the table of wire shapes the conformance test checks every source against.
 */
final class Answer {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private final int status;
    private final String reason;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final List<String> cookies = new ArrayList<>();
    private String body = "";
    private boolean base64;

    private Answer(int status, String reason) {
        this.status = status;
        this.reason = reason;
    }

    /**
     * @param status the status code
     * @param reason its reason phrase, as ALB and VPC Lattice put it in {@code statusDescription}
     * @return an answer without headers, cookies or body
     */
    static Answer of(int status, String reason) {
        return new Answer(status, reason);
    }

    /** @return a 200 OK answer */
    static Answer ok() {
        return of(200, "OK");
    }

    /** Adds header values, in order. */
    Answer header(String name, String... values) {
        headers.computeIfAbsent(name, n -> new ArrayList<>()).addAll(List.of(values));
        return this;
    }

    /** Adds {@code Set-Cookie} values, in order. */
    Answer cookies(String... values) {
        cookies.addAll(List.of(values));
        return this;
    }

    /** A text body with {@code Content-Type: text/plain; charset=utf-8}, as a String result gets. */
    Answer text(String text) {
        return header("Content-Type", "text/plain; charset=utf-8").body(text);
    }

    /** A JSON body with {@code Content-Type: application/json}, as an object result gets. */
    Answer json(String json) {
        return header("Content-Type", "application/json").body(json);
    }

    /** The body as written on the wire. */
    Answer body(String text) {
        this.body = text;
        return this;
    }

    /** No body at all, as 204 and 304 answers: {@code "body":null} in every format. */
    Answer noBody() {
        this.body = null;
        return this;
    }

    /** A base64 body, flagged. */
    Answer base64(String encoded) {
        this.body = encoded;
        this.base64 = true;
        return this;
    }

    /**
     * The response JSON the event source of a format must write for this answer.
     *
     * <ul>
     *   <li>REST v1: {@code statusCode}, {@code multiValueHeaders} (every value; cookies as a
     *       {@code Set-Cookie} list, left out when there are none), {@code body}, {@code isBase64Encoded}.</li>
     *   <li>HTTP API and Function URL (payload 2.0): {@code statusCode}, {@code headers} (values joined
     *       with {@code ", "}), {@code cookies} (always, possibly empty), {@code body}, {@code isBase64Encoded}.</li>
     *   <li>ALB: {@code statusCode}, {@code statusDescription}, then in single-value mode {@code headers}
     *       (values joined, only the last cookie as {@code Set-Cookie}) or in multi-value mode
     *       {@code multiValueHeaders} (every value, every cookie), {@code body}, {@code isBase64Encoded}.</li>
     *   <li>VPC Lattice v1 and v2: as ALB single-value mode (no {@code cookies} array).</li>
     * </ul>
     *
     * @param format the event format the request came in
     * @return the expected response object
     */
    JsonNode wire(EventFormat format) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("statusCode", status);
        switch (format) {
            case REST -> out.set("multiValueHeaders", multiValueHeaders());
            case HTTP_API, FUNCTION_URL -> {
                out.set("headers", joinedHeaders(false));
                ArrayNode list = out.putArray("cookies");
                cookies.forEach(list::add);
            }
            case ALB_MULTI_VALUE -> {
                out.put("statusDescription", status + " " + reason);
                out.set("multiValueHeaders", multiValueHeaders());
            }
            case ALB, VPC_LATTICE, VPC_LATTICE_V2 -> {
                out.put("statusDescription", status + " " + reason);
                out.set("headers", joinedHeaders(true));
            }
        }
        if (body == null) {
            out.putNull("body");
        } else {
            out.put("body", body);
        }
        out.put("isBase64Encoded", base64);
        return out;
    }

    private ObjectNode multiValueHeaders() {
        ObjectNode h = MAPPER.createObjectNode();
        headers.forEach((name, values) -> values.forEach(h.putArray(name)::add));
        if (!cookies.isEmpty()) {
            cookies.forEach(h.putArray("Set-Cookie")::add);
        }
        return h;
    }

    private ObjectNode joinedHeaders(boolean lastCookieAsHeader) {
        ObjectNode h = MAPPER.createObjectNode();
        headers.forEach((name, values) -> h.put(name, String.join(", ", values)));
        if (lastCookieAsHeader && !cookies.isEmpty()) {
            h.put("Set-Cookie", cookies.get(cookies.size() - 1));
        }
        return h;
    }

    @Override
    public String toString() {
        return status + " " + headers + " cookies=" + cookies + " body=" + body + (base64 ? " (base64)" : "");
    }
}
