package dev.portico.source.alb;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.Headers;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes requests as ALB events and reads ALB responses back: the local server's side of {@link AlbSource}. */
final class AlbEventWriter {
    static final String TARGET_GROUP = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/local/0123456789abcdef";

    private AlbEventWriter() {
    }

    static void write(SourceRequest request, JsonGenerator out) throws IOException {
        boolean multi = !Boolean.FALSE.equals(request.attachment());
        out.writeStartObject();
        out.writeObjectFieldStart("requestContext");
        out.writeObjectFieldStart("elb");
        out.writeStringField("targetGroupArn", TARGET_GROUP);
        out.writeEndObject();
        out.writeEndObject();
        out.writeStringField("httpMethod", request.method());
        out.writeStringField("path", request.path());
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.queryParams().asMap().forEach((name, values) -> {
            List<String> encoded = new ArrayList<>(values.size());
            values.forEach(v -> encoded.add(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            query.put(URLEncoder.encode(name, StandardCharsets.UTF_8), encoded);
        });
        map(out, multi ? "multiValueQueryStringParameters" : "queryStringParameters", query, multi);
        map(out, multi ? "multiValueHeaders" : "headers", headers(request), multi);
        out.writeStringField("body", request.body() == null ? "" : request.body());
        out.writeBooleanField("isBase64Encoded", request.base64Encoded());
        out.writeEndObject();
    }

    /** The request's headers, its cookie items as the {@code Cookie} header, and {@code X-Forwarded-For} as ALB adds it. */
    private static Map<String, List<String>> headers(SourceRequest request) {
        Headers.Builder b = request.headers().toBuilder();
        if (request.cookies() != null) {
            b.remove("Cookie");
            if (!request.cookies().isEmpty()) {
                b.add("Cookie", String.join("; ", request.cookies()));
            }
        }
        if (request.sourceIp() != null && !b.contains("X-Forwarded-For")) {
            b.add("X-Forwarded-For", request.sourceIp());
        }
        return b.build().asMap();
    }

    /** Writes a map with all values (multi-value mode) or the last value of each name, as ALB does. */
    private static void map(JsonGenerator out, String field, Map<String, List<String>> map, boolean multi)
            throws IOException {
        out.writeObjectFieldStart(field);
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            List<String> values = e.getValue();
            if (multi) {
                out.writeArrayFieldStart(e.getKey());
                for (String v : values) {
                    out.writeString(v);
                }
                out.writeEndArray();
            } else {
                out.writeStringField(e.getKey(), values.get(values.size() - 1));
            }
        }
        out.writeEndObject();
    }

    static WireResponse read(EventJson response) {
        Map<String, List<String>> all = response.object("multiValueHeaders") != null
                ? response.stringLists("multiValueHeaders") : single(response.strings("headers"));
        Headers.Builder headers = Headers.builder();
        List<String> cookies = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : all.entrySet()) {
            if (AlbResponses.SET_COOKIE.equalsIgnoreCase(e.getKey())) {
                cookies.addAll(e.getValue());
            } else {
                headers.addAll(e.getKey(), e.getValue());
            }
        }
        String status = response.string("statusCode");
        int code;
        try {
            code = Integer.parseInt(status);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The response has no integer statusCode: " + status);
        }
        return new WireResponse(code, headers.build(), cookies, response.string("body"), response.bool("isBase64Encoded"));
    }

    private static Map<String, List<String>> single(Map<String, String> map) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.of(v)));
        return out;
    }
}
