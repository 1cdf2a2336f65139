package dev.portico.source.apigw.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.SourceRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The parts of a REST event {@link ApiGatewayRestSource#writeEvent} writes; used by the local server only. */
final class RestEventWriter {
    /** The identity keys of API Gateway's events that a written event leaves null. */
    private static final String[] IDENTITY_NULLS = {"accessKey", "accountId", "caller", "cognitoAuthenticationProvider",
        "cognitoAuthenticationType", "cognitoIdentityId", "cognitoIdentityPoolId", "principalOrgId", "user", "userArn"};

    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private RestEventWriter() {
    }

    /**
     * Writes a map twice, as API Gateway does: single values (the last one of each name) and multi
     * values; both {@code null} when the map is empty.
     */
    static void maps(JsonGenerator out, String single, String multi, Map<String, List<String>> map) throws IOException {
        if (map.isEmpty()) {
            out.writeNullField(single);
            out.writeNullField(multi);
            return;
        }
        out.writeObjectFieldStart(single);
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            out.writeStringField(e.getKey(), e.getValue().get(e.getValue().size() - 1));
        }
        out.writeEndObject();
        out.writeObjectFieldStart(multi);
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            out.writeArrayFieldStart(e.getKey());
            for (String v : e.getValue()) {
                out.writeString(v);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    /** Writes {@code requestContext}: the request's id, method, path and client IP, stand-ins for the rest. */
    static void requestContext(JsonGenerator out, SourceRequest request) throws IOException {
        long now = System.currentTimeMillis();
        String host = request.headers().first("Host");
        out.writeObjectFieldStart("requestContext");
        out.writeStringField("accountId", "123456789012");
        out.writeStringField("apiId", "local");
        out.writeStringField("resourceId", "proxy");
        out.writeStringField("resourcePath", "/{proxy+}");
        out.writeStringField("httpMethod", request.method());
        out.writeStringField("path", "/local" + request.path());
        out.writeStringField("protocol", "HTTP/1.1");
        out.writeStringField("stage", "local");
        out.writeStringField("domainName", host == null ? "localhost" : host);
        out.writeStringField("domainPrefix", "local");
        out.writeStringField("requestId", request.requestId());
        out.writeStringField("extendedRequestId", request.requestId());
        out.writeStringField("requestTime", REQUEST_TIME.format(Instant.ofEpochMilli(now)));
        out.writeNumberField("requestTimeEpoch", now);
        out.writeObjectFieldStart("identity");
        // Every key API Gateway sends, null when the request does not say (so that Resolver.prime(),
        // which writes its synthetic requests with this writer, meets the names of real events).
        for (String key : IDENTITY_NULLS) {
            out.writeNullField(key);
        }
        out.writeStringField("sourceIp", request.sourceIp() == null ? "127.0.0.1" : request.sourceIp());
        out.writeStringField("userAgent", request.headers().first("User-Agent"));
        out.writeEndObject();
        out.writeEndObject();
    }

    /** @return the response's {@code statusCode} @throws IllegalArgumentException when it is not an integer */
    static int statusCode(EventJson response) {
        String status = response.string("statusCode");
        try {
            return Integer.parseInt(status);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The response has no integer statusCode: " + status);
        }
    }
}
