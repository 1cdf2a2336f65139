package dev.portico.source.payloadv2;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.BadRequestError;
import dev.portico.api.Headers;
import dev.portico.api.HttpMethod;
import dev.portico.api.QueryParams;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.Urls;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The HTTP payload format 2.0 that API Gateway HTTP APIs and Lambda Function URLs share: how its
 * events are recognised and decoded and how its responses are written. Used by the event sources of
 * both services, so each needs only its own detection and path rules.
 *
 * <p>Requests: method from {@code requestContext.http.method}; path from {@code rawPath}; query
 * from {@code rawQueryString} (repeated parameters kept apart), or from
 * {@code queryStringParameters} when the raw string is absent or empty; headers as given (the
 * service joins repeated values with commas: each stays one value); cookies from the
 * {@code cookies} array; body and {@code isBase64Encoded}; request id and client IP from
 * {@code requestContext}.
 *
 * <p>Responses: {@code {"statusCode","headers","cookies","body","isBase64Encoded"}}, multi-value
 * headers joined with {@code ", "}, {@code Set-Cookie} values only in {@code cookies} (always
 * written, possibly empty).
 *
 * <p>The inverses, for the local HTTP server and test clients: {@link #writeEvent} writes a request as
 * a 2.0 event and {@link #readResponse} reads a 2.0 response back.
 */
public final class PayloadV2 {
    private static final String SET_COOKIE = "Set-Cookie";

    private PayloadV2() {
    }

    /**
     * Whether an event has the 2.0 HTTP shape: {@code version} is {@code "2.0"} and
     * {@code requestContext.http} is an object. VPC Lattice v2 events (also version 2.0) have no
     * {@code requestContext.http}.
     *
     * @param event the event
     * @return true for HTTP API v2 and Function URL events
     */
    public static boolean isHttp(EventJson event) {
        if (!"2.0".equals(event.string("version"))) {
            return false;
        }
        EventJson context = event.object("requestContext");
        return context != null && context.object("http") != null;
    }

    /**
     * Whether a 2.0 HTTP event came from a Lambda Function URL: {@link #isHttp} and
     * {@code requestContext.domainName} contains {@code .lambda-url.} (Function URLs are always
     * served on {@code <url-id>.lambda-url.<region>.on.aws}).
     *
     * @param event the event
     * @return true for Function URL events
     */
    public static boolean isFunctionUrl(EventJson event) {
        if (!isHttp(event)) {
            return false;
        }
        String domain = event.path("requestContext", "domainName");
        return domain != null && domain.contains(".lambda-url.");
    }

    /**
     * Decodes a 2.0 event; the caller may still change the path and must set the typed event.
     *
     * @param source the id of the decoding source
     * @param event the event
     * @return a builder holding every decoded part
     * @throws BadRequestError when the method is missing or the query string is malformed
     */
    public static SourceRequest.Builder decode(String source, EventJson event) {
        EventJson context = event.object("requestContext");
        EventJson http = context == null ? null : context.object("http");
        return request(source,
                http == null ? null : http.string("method"),
                event.string("rawPath"),
                event.string("rawQueryString"),
                event.strings("queryStringParameters"),
                event.strings("headers"),
                event.has("cookies") ? event.stringList("cookies") : null,
                event.string("body"),
                event.bool("isBase64Encoded"),
                context == null ? null : context.string("requestId"),
                http == null ? null : http.string("sourceIp"));
    }

    /**
     * Builds a request from the parts of a 2.0 event, for sources decoding a typed AWS event.
     *
     * @param source the id of the decoding source
     * @param method {@code requestContext.http.method}
     * @param rawPath {@code rawPath}
     * @param rawQueryString {@code rawQueryString}, or {@code null}
     * @param queryStringParameters used when {@code rawQueryString} is absent or empty; may be {@code null}
     * @param headers the headers, or {@code null}
     * @param cookies the {@code cookies} array, or {@code null} when absent
     * @param body the body, or {@code null}
     * @param base64Encoded {@code isBase64Encoded}
     * @param requestId {@code requestContext.requestId}, or {@code null}
     * @param sourceIp {@code requestContext.http.sourceIp}, or {@code null}
     * @return a builder holding every part; the caller sets the typed event and builds
     * @throws BadRequestError when the method is missing or the query string is malformed
     */
    public static SourceRequest.Builder request(String source, String method, String rawPath,
            String rawQueryString, Map<String, String> queryStringParameters, Map<String, String> headers,
            List<String> cookies, String body, boolean base64Encoded, String requestId, String sourceIp) {
        String valid = HttpMethod.require(method, "event", "requestContext.http.method");
        SourceRequest.Builder b = SourceRequest.builder(source)
                .method(valid)
                .path(rawPath)
                .headers(headers(headers))
                .queryParams(query(rawQueryString, queryStringParameters))
                .body(body, base64Encoded)
                .requestId(requestId)
                .sourceIp(sourceIp);
        if (cookies != null) {
            List<String> list = new ArrayList<>(cookies.size());
            for (String c : cookies) {
                if (c != null) {
                    list.add(c);
                }
            }
            b.cookies(list);
        }
        return b;
    }

    /**
     * Supplies the typed event ({@link PayloadV2Events#of}) of an event, built on first call only: for
     * {@link SourceRequest.Builder#event}. A small class rather than {@code () -> PayloadV2Events.of(event)},
     * whose first use would spin a class at run time (cold start); {@link PayloadV2Events} and the
     * AWS classes still load only when it is called.
     *
     * @param event the event
     * @return the supplier
     */
    public static Supplier<APIGatewayV2HTTPEvent> typedEvent(EventJson event) {
        return new TypedEvent(event);
    }

    private static final class TypedEvent implements Supplier<APIGatewayV2HTTPEvent> {
        private final EventJson event;

        TypedEvent(EventJson event) {
            this.event = event;
        }

        @Override
        public APIGatewayV2HTTPEvent get() {
            return PayloadV2Events.of(event);
        }
    }

    private static Headers headers(Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return Headers.empty();
        }
        Headers.Builder b = Headers.builder();
        for (Map.Entry<String, String> e : map.entrySet()) { // a loop, not forEach(b::add): no class spun at first use
            b.add(e.getKey(), e.getValue());
        }
        return b.build();
    }

    private static QueryParams query(String raw, Map<String, String> parameters) {
        if (raw != null && !raw.isEmpty()) {
            return Urls.parseQuery(raw);
        }
        if (parameters == null || parameters.isEmpty()) {
            return QueryParams.empty();
        }
        QueryParams.Builder b = QueryParams.builder();
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            b.add(e.getKey(), e.getValue());
        }
        return b.build();
    }

    /**
     * The response headers as the 2.0 format carries them: one string per name, multiple values
     * joined with {@code ", "}, {@code Set-Cookie} left out.
     *
     * @param response the response
     * @return name to value, in order
     */
    public static Map<String, String> headers(WireResponse response) {
        Map<String, List<String>> all = response.headers().asMap();
        Map<String, String> out = new LinkedHashMap<>(Math.max(4, all.size() * 2));
        for (Map.Entry<String, List<String>> e : all.entrySet()) {
            if (!SET_COOKIE.equalsIgnoreCase(e.getKey())) {
                out.put(e.getKey(), String.join(", ", e.getValue()));
            }
        }
        return out;
    }

    /**
     * The {@code Set-Cookie} values: the response's cookies, then any {@code Set-Cookie} header.
     *
     * @param response the response
     * @return the values, in order
     */
    public static List<String> cookies(WireResponse response) {
        List<String> stray = response.headers().all(SET_COOKIE);
        if (stray.isEmpty()) {
            return response.cookies();
        }
        List<String> out = new ArrayList<>(response.cookies());
        out.addAll(stray);
        return out;
    }

    /**
     * Writes a response as a 2.0 format JSON object.
     *
     * @param response the response
     * @param out where to write
     * @throws IOException when writing fails
     */
    public static void encode(WireResponse response, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("statusCode", response.status());
        out.writeObjectFieldStart("headers");
        for (Map.Entry<String, String> e : headers(response).entrySet()) {
            out.writeStringField(e.getKey(), e.getValue());
        }
        out.writeEndObject();
        out.writeArrayFieldStart("cookies");
        for (String c : cookies(response)) {
            out.writeString(c);
        }
        out.writeEndArray();
        out.writeStringField("body", response.body());
        out.writeBooleanField("isBase64Encoded", response.base64Encoded());
        out.writeEndObject();
    }

    /**
     * Writes a request as a 2.0 event (the inverse of {@link #decode}): {@code rawPath},
     * {@code rawQueryString} (percent-encoded) and {@code queryStringParameters} (repeated values
     * joined with {@code ,}, as API Gateway does), headers with repeated values joined with {@code ,},
     * the request's cookies in {@code cookies} (from {@link SourceRequest#cookies()}, else from the
     * {@code Cookie} header, which is then left out, as the services do), body, and a
     * {@code requestContext} with the method, path, source IP, request id and stand-in account, API and
     * time values.
     *
     * @param request the request
     * @param domainName {@code requestContext.domainName}; a Function URL event needs one holding
     *     {@code .lambda-url.}
     * @param out where to write the event object
     * @throws IOException when writing fails
     */
    public static void writeEvent(SourceRequest request, String domainName, JsonGenerator out) throws IOException {
        List<String> cookies = cookieItems(request);
        out.writeStartObject();
        out.writeStringField("version", "2.0");
        out.writeStringField("routeKey", "$default");
        out.writeStringField("rawPath", request.path());
        out.writeStringField("rawQueryString", Urls.formatQuery(request.queryParams()));
        if (!cookies.isEmpty()) {
            out.writeArrayFieldStart("cookies");
            for (String c : cookies) {
                out.writeString(c);
            }
            out.writeEndArray();
        }
        out.writeObjectFieldStart("headers");
        for (Map.Entry<String, List<String>> e : request.headers().asMap().entrySet()) {
            if (!"Cookie".equalsIgnoreCase(e.getKey())) {
                out.writeStringField(e.getKey(), String.join(",", e.getValue()));
            }
        }
        out.writeEndObject();
        if (!request.queryParams().isEmpty()) {
            out.writeObjectFieldStart("queryStringParameters");
            for (Map.Entry<String, List<String>> e : request.queryParams().asMap().entrySet()) {
                out.writeStringField(e.getKey(), String.join(",", e.getValue()));
            }
            out.writeEndObject();
        }
        long now = System.currentTimeMillis();
        int dot = domainName.indexOf('.');
        out.writeObjectFieldStart("requestContext");
        out.writeStringField("accountId", "123456789012");
        out.writeStringField("apiId", dot > 0 ? domainName.substring(0, dot) : domainName);
        out.writeStringField("domainName", domainName);
        out.writeStringField("domainPrefix", dot > 0 ? domainName.substring(0, dot) : domainName);
        out.writeObjectFieldStart("http");
        out.writeStringField("method", request.method());
        out.writeStringField("path", request.path());
        out.writeStringField("protocol", "HTTP/1.1");
        out.writeStringField("sourceIp", request.sourceIp() == null ? "127.0.0.1" : request.sourceIp());
        out.writeStringField("userAgent", request.headers().first("User-Agent"));
        out.writeEndObject();
        out.writeStringField("requestId", request.requestId());
        out.writeStringField("routeKey", "$default");
        out.writeStringField("stage", "$default");
        out.writeStringField("time", RequestTime.FORMAT.format(Instant.ofEpochMilli(now)));
        out.writeNumberField("timeEpoch", now);
        out.writeEndObject();
        if (request.body() != null) {
            out.writeStringField("body", request.body());
        }
        out.writeBooleanField("isBase64Encoded", request.base64Encoded());
        out.writeEndObject();
    }

    /**
     * Reads a 2.0 response (the inverse of {@link #encode}): {@code statusCode}, {@code headers}
     * (each one value), {@code cookies} as the {@code Set-Cookie} values (with any {@code Set-Cookie}
     * header after them), {@code body} and {@code isBase64Encoded}.
     *
     * @param response the response object
     * @return the response
     * @throws IllegalArgumentException when there is no numeric {@code statusCode}
     */
    public static WireResponse readResponse(EventJson response) {
        Headers.Builder headers = Headers.builder();
        List<String> cookies = new ArrayList<>(response.stringList("cookies"));
        for (Map.Entry<String, String> e : response.strings("headers").entrySet()) {
            if (SET_COOKIE.equalsIgnoreCase(e.getKey())) {
                cookies.add(e.getValue());
            } else {
                headers.add(e.getKey(), e.getValue());
            }
        }
        return new WireResponse(statusCode(response), headers.build(), cookies, response.string("body"),
                response.bool("isBase64Encoded"));
    }

    private static int statusCode(EventJson response) {
        String status = response.string("statusCode");
        try {
            return Integer.parseInt(status);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The response has no integer statusCode: " + status);
        }
    }

    /**
     * The request's cookies as {@code name=value} items: {@link SourceRequest#cookies()} when set,
     * else the items of the {@code Cookie} header(s), split at {@code ;} and trimmed.
     *
     * @param request the request
     * @return the items, in order
     */
    public static List<String> cookieItems(SourceRequest request) {
        if (request.cookies() != null) {
            return request.cookies();
        }
        List<String> out = new ArrayList<>();
        for (String header : request.headers().all("Cookie")) {
            for (String item : header.split(";")) {
                String trimmed = item.trim();
                if (!trimmed.isEmpty()) {
                    out.add(trimmed);
                }
            }
        }
        return out;
    }

    /** The {@code requestContext.time} format, loaded only when an event is written (not on the decode path). */
    private static final class RequestTime {
        static final DateTimeFormatter FORMAT =
                DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
    }
}
