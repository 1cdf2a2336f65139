package dev.portico.examples.envelope;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.Headers;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The inverses of {@link EnvelopeSource#decode} and {@link EnvelopeSource#encode}: a request written as
 * an envelope, and an envelope response read back. What Portico's local HTTP server and test clients
 * use to speak a source's format; a source that never runs behind them can leave them out.
 */
final class EnvelopeInverse {
    private static final String SET_COOKIE = "Set-Cookie";
    private static final String COOKIE = "Cookie";

    private EnvelopeInverse() {
    }

    /** Writes {@code {"kind":"http-envelope","request":{...}}} that {@code decode} reads back as {@code request}. */
    static void writeEvent(SourceRequest request, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("kind", EnvelopeSource.KIND);
        out.writeObjectFieldStart("request");
        out.writeStringField("verb", request.method());
        out.writeStringField("url", url(request));
        out.writeObjectFieldStart("headers");
        for (Map.Entry<String, List<String>> header : request.headers().asMap().entrySet()) {
            if (request.cookies() == null || !COOKIE.equalsIgnoreCase(header.getKey())) {
                writeStrings(out, header.getKey(), header.getValue());
            }
        }
        if (request.cookies() != null && !request.cookies().isEmpty()) {
            writeStrings(out, COOKIE, List.of(String.join("; ", request.cookies())));
        }
        out.writeEndObject();
        out.writeStringField("body", request.body());
        out.writeBooleanField("base64", request.base64Encoded());
        out.writeStringField("id", request.requestId());
        out.writeStringField("client", request.sourceIp());
        out.writeEndObject();
        out.writeEndObject();
    }

    /** The path as given (still encoded), then the query parameters form-encoded. */
    private static String url(SourceRequest request) {
        StringBuilder url = new StringBuilder(request.path());
        char separator = '?';
        for (Map.Entry<String, List<String>> param : request.queryParams().asMap().entrySet()) {
            for (String value : param.getValue()) {
                url.append(separator).append(URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }

    /** Reads {@code {"status","headers","body","base64"}}; {@code Set-Cookie} values become the cookies. */
    static WireResponse readResponse(EventJson response) {
        if (!(response.get("status") instanceof Number status)) {
            throw new IllegalArgumentException("Not an envelope response (no numeric status): " + response);
        }
        Headers.Builder headers = Headers.builder();
        List<String> cookies = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : response.stringLists("headers").entrySet()) {
            if (SET_COOKIE.equalsIgnoreCase(header.getKey())) {
                cookies.addAll(header.getValue());
            } else {
                headers.addAll(header.getKey(), header.getValue());
            }
        }
        return new WireResponse(status.intValue(), headers.build(), cookies, response.string("body"),
                response.bool("base64"));
    }

    private static void writeStrings(JsonGenerator out, String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String v : values) {
            out.writeString(v);
        }
        out.writeEndArray();
    }
}
