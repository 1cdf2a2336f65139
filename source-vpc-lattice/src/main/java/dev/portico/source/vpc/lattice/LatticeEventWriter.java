package dev.portico.source.vpc.lattice;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.Headers;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.Urls;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes requests as VPC Lattice events (both versions) and reads Lattice responses back: what the
 * local server uses, never the Lambda path.
 */
final class LatticeEventWriter {
    private static final String ARN = "arn:aws:vpc-lattice:us-east-1:123456789012:";

    private LatticeEventWriter() {
    }

    /**
     * Version 1: single-string headers (repeated values joined with {@code ", "}) and query parameters;
     * when a query name repeats, the whole query string goes into {@code raw_path} instead, which the
     * decoder reads when there is no {@code query_string_parameters}.
     */
    static void writeV1(SourceRequest request, JsonGenerator out) throws IOException {
        Map<String, List<String>> query = request.queryParams().asMap();
        boolean repeated = query.values().stream().anyMatch(v -> v.size() > 1);
        out.writeStartObject();
        out.writeStringField("raw_path", repeated ? request.path() + "?" + Urls.formatQuery(request.queryParams())
                : request.path());
        out.writeStringField("method", request.method());
        out.writeObjectFieldStart("headers");
        for (Map.Entry<String, List<String>> e : headers(request).entrySet()) {
            out.writeStringField(e.getKey(), String.join(", ", e.getValue()));
        }
        out.writeEndObject();
        if (!repeated) {
            out.writeObjectFieldStart("query_string_parameters");
            for (Map.Entry<String, List<String>> e : query.entrySet()) {
                out.writeStringField(e.getKey(), e.getValue().get(0));
            }
            out.writeEndObject();
        }
        out.writeStringField("body", request.body() == null ? "" : request.body());
        out.writeBooleanField("is_base64_encoded", request.base64Encoded());
        out.writeEndObject();
    }

    /** Version 2: header and query values as lists, a {@code requestContext} with stand-in ARNs. */
    static void writeV2(SourceRequest request, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("version", "2.0");
        out.writeStringField("path", request.path());
        out.writeStringField("method", request.method());
        lists(out, "headers", headers(request));
        lists(out, "queryStringParameters", request.queryParams().asMap());
        out.writeStringField("body", request.body() == null ? "" : request.body());
        out.writeBooleanField("isBase64Encoded", request.base64Encoded());
        out.writeObjectFieldStart("requestContext");
        out.writeStringField("serviceNetworkArn", ARN + "servicenetwork/sn-local");
        out.writeStringField("serviceArn", ARN + "service/svc-local");
        out.writeStringField("targetGroupArn", ARN + "targetgroup/tg-local");
        out.writeObjectFieldStart("identity");
        out.writeStringField("sourceVpcArn", "arn:aws:ec2:us-east-1:123456789012:vpc/vpc-local");
        out.writeEndObject();
        out.writeStringField("region", "us-east-1");
        out.writeStringField("timeEpoch", Long.toString(System.currentTimeMillis() * 1000));
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void lists(JsonGenerator out, String field, Map<String, List<String>> map) throws IOException {
        out.writeObjectFieldStart(field);
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            out.writeArrayFieldStart(e.getKey());
            for (String v : e.getValue()) {
                out.writeString(v);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    /** The request's headers, its cookie items as the {@code Cookie} header, {@code X-Forwarded-For} with the client IP. */
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

    /** Reads a Lattice response: single-string (or list) headers, {@code Set-Cookie} values as cookies. */
    static WireResponse read(EventJson response) {
        Headers.Builder headers = Headers.builder();
        List<String> cookies = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : response.stringLists("headers").entrySet()) {
            if ("Set-Cookie".equalsIgnoreCase(e.getKey())) {
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
}
