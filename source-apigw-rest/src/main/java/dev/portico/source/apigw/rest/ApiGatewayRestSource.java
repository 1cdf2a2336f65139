package dev.portico.source.apigw.rest;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.BadRequestError;
import dev.portico.api.Headers;
import dev.portico.api.HttpMethod;
import dev.portico.api.QueryParams;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Events of API Gateway REST APIs with the Lambda proxy integration (payload format 1.0).
 *
 * <p><b>Recognition.</b> An event is taken when {@code httpMethod} is a string, there is no
 * {@code requestContext.elb} (that would be an ALB event) and {@code version} is absent or
 * {@code "1.0"}. Priority 10.
 *
 * <p><b>Decoding.</b> Headers are {@code multiValueHeaders} merged with {@code headers}: a name
 * takes its multi values when it has any, else its single value; names are compared
 * case-insensitively and keep their first spelling. Query parameters are merged the same way from
 * {@code multiValueQueryStringParameters} and {@code queryStringParameters} (API Gateway has
 * already decoded them). Cookies are read by the core from the {@code Cookie} header. The typed
 * {@link APIGatewayProxyRequestEvent} is built by hand, only when a handler asks for it.
 *
 * <p><b>Encoding.</b> A response is written as
 * {@code {"statusCode":N,"multiValueHeaders":{...},"body":"...","isBase64Encoded":b}}: every
 * header with all its values, and {@code Set-Cookie} with one entry per cookie (left out when there
 * are none). The single-value {@code headers} map is deliberately <em>not</em> written, as in
 * Powertools for AWS Lambda (Python): API Gateway accepts either, and writing both would send
 * every header twice when they disagree.
 *
 * <p><b>Local server.</b> {@link #writeEvent} writes a request as API Gateway would send it through a
 * {@code /{proxy+}} resource: both header maps (the single-value one holding the last value, as API
 * Gateway does), both query maps, {@code pathParameters.proxy}, and a {@code requestContext} with
 * stand-in account, API and stage ({@code local}) values. Cookies travel in the {@code Cookie}
 * header. {@link #readResponse} reads a response back, merging {@code multiValueHeaders} and
 * {@code headers} as API Gateway does and taking every {@code Set-Cookie} value as a cookie.
 *
 * <p>For handlers declared with the typed Lambda signature, {@link #decode(APIGatewayProxyRequestEvent)}
 * and {@link #toResponseEvent(WireResponse)} do the same conversions from and to the AWS POJOs.
 */
public final class ApiGatewayRestSource implements EventSource {

    /** The id of this source. */
    public static final String ID = "apigw-rest";

    private static final String SET_COOKIE = "Set-Cookie";

    /** Creates the source; stateless, so one instance serves every request. */
    public ApiGatewayRestSource() {
    }

    /** @return {@value #ID} */
    @Override
    public String id() {
        return ID;
    }

    /** @return 10, above plain sources, below sources whose events are stricter variants */
    @Override
    public int priority() {
        return 10;
    }

    /**
     * @param event the event
     * @return whether it is a REST (payload 1.0) event: string {@code httpMethod}, no
     *     {@code requestContext.elb}, {@code version} absent or {@code "1.0"}
     */
    @Override
    public boolean recognizes(EventJson event) {
        if (!(event.get("httpMethod") instanceof String)) {
            return false;
        }
        Object version = event.get("version");
        if (version != null && !"1.0".equals(version)) {
            return false;
        }
        EventJson context = event.object("requestContext");
        return context == null || !context.has("elb");
    }

    /**
     * @param event a REST event
     * @return the request, with a supplier that builds the {@link APIGatewayProxyRequestEvent}
     *     on first call
     * @throws BadRequestError when the event has no {@code httpMethod} or one that is not an HTTP token
     */
    @Override
    public SourceRequest decode(EventJson event) {
        String method = event.string("httpMethod");
        QueryParams query = queryParams(event.get("multiValueQueryStringParameters"), event.get("queryStringParameters"));
        return SourceRequest.builder(ID)
                .method(HttpMethod.require(method, "API Gateway event", "httpMethod"))
                .path(event.string("path"))
                .headers(new Deferred<Headers>(event, true))
                .queryParams(query)
                .body(event.string("body"), event.bool("isBase64Encoded"))
                .requestId(event.path("requestContext", "requestId"))
                .sourceIp(event.path("requestContext", "identity", "sourceIp"))
                .event(new Deferred<APIGatewayProxyRequestEvent>(event, false))
                .build();
    }

    /**
     * What {@link #decode(EventJson)} builds only when asked: the headers, merged from the event's two
     * maps, or the typed event. One small class instead of two lambdas, whose first use would spin a
     * class at run time each (cold start).
     */
    private static final class Deferred<T> implements java.util.function.Supplier<T> {
        private final EventJson event;
        private final boolean headers;

        Deferred(EventJson event, boolean headers) {
            this.event = event;
            this.headers = headers;
        }

        @Override
        @SuppressWarnings("unchecked") // T is Headers for a headers supplier, the event type otherwise
        public T get() {
            if (headers) {
                Headers.Builder b = Headers.builder();
                mergeRaw(event.get("multiValueHeaders"), event.get("headers"), b);
                return (T) b.build();
            }
            return (T) RestEvents.fromJson(event);
        }
    }

    /** The query parameters, merged from the event's two maps; no builder when there are none. */
    private static QueryParams queryParams(Object multi, Object single) {
        if ((multi == null || multi instanceof Map<?, ?> m && m.isEmpty())
                && (single == null || single instanceof Map<?, ?> s && s.isEmpty())) {
            return QueryParams.empty();
        }
        QueryParams.Builder query = QueryParams.builder();
        mergeRaw(multi, single, query);
        return query.build();
    }

    /**
     * Writes {@code {"statusCode":N,"multiValueHeaders":{...},"body":"...","isBase64Encoded":b}}.
     *
     * @param response the response
     * @param request the request it answers (unused: the shape never depends on it)
     * @param out where the object is written
     * @throws IOException when writing fails
     */
    @Override
    public void encode(WireResponse response, SourceRequest request, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("statusCode", response.status());
        out.writeFieldName("multiValueHeaders");
        out.writeStartObject();
        // What multiValueHeaders(response) holds, written without building that map.
        boolean handSetCookies = false;
        for (Map.Entry<String, List<String>> e : response.headers().asMap().entrySet()) {
            if (SET_COOKIE.equalsIgnoreCase(e.getKey())) {
                handSetCookies = true;
                continue;
            }
            out.writeFieldName(e.getKey());
            writeStrings(out, e.getValue());
        }
        if (handSetCookies || !response.cookies().isEmpty()) {
            out.writeFieldName(SET_COOKIE);
            out.writeStartArray();
            if (handSetCookies) {
                for (Map.Entry<String, List<String>> e : response.headers().asMap().entrySet()) {
                    if (SET_COOKIE.equalsIgnoreCase(e.getKey())) {
                        for (String v : e.getValue()) {
                            out.writeString(v);
                        }
                    }
                }
            }
            for (String v : response.cookies()) {
                out.writeString(v);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
        out.writeStringField("body", response.body());
        out.writeBooleanField("isBase64Encoded", response.base64Encoded());
        out.writeEndObject();
    }

    private static void writeStrings(JsonGenerator out, List<String> values) throws IOException {
        out.writeStartArray();
        for (String v : values) {
            out.writeString(v);
        }
        out.writeEndArray();
    }

    /**
     * Writes a request as a REST (payload 1.0) proxy event; see the class description.
     *
     * @param request the request
     * @param out where the event object is written
     * @throws IOException when writing fails
     */
    @Override
    public void writeEvent(SourceRequest request, JsonGenerator out) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers().asMap());
        if (request.cookies() != null) {
            headers.keySet().removeIf("Cookie"::equalsIgnoreCase);
            if (!request.cookies().isEmpty()) {
                headers.put("Cookie", List.of(String.join("; ", request.cookies())));
            }
        }
        Map<String, List<String>> query = request.queryParams().asMap();
        String path = request.path();
        out.writeStartObject();
        out.writeStringField("resource", "/{proxy+}");
        out.writeStringField("path", path);
        out.writeStringField("httpMethod", request.method());
        RestEventWriter.maps(out, "headers", "multiValueHeaders", headers);
        RestEventWriter.maps(out, "queryStringParameters", "multiValueQueryStringParameters", query);
        out.writeObjectFieldStart("pathParameters");
        out.writeStringField("proxy", path.substring(1));
        out.writeEndObject();
        out.writeNullField("stageVariables");
        RestEventWriter.requestContext(out, request);
        if (request.body() == null) {
            out.writeNullField("body");
        } else {
            out.writeStringField("body", request.body());
        }
        out.writeBooleanField("isBase64Encoded", request.base64Encoded());
        out.writeEndObject();
    }

    /**
     * Reads a REST proxy response: {@code statusCode}, {@code multiValueHeaders} merged with
     * {@code headers} (a name's multi values when it has any, else its single value), every
     * {@code Set-Cookie} value as a cookie, {@code body}, {@code isBase64Encoded}.
     *
     * @param response the response object
     * @return the response
     * @throws IllegalArgumentException when there is no integer {@code statusCode}
     */
    @Override
    public WireResponse readResponse(EventJson response) {
        Headers.Builder all = Headers.builder();
        merge(response.stringLists("multiValueHeaders"), response.strings("headers"),
                (n, v) -> all.add(n, v), n -> all.contains(n));
        Headers merged = all.build();
        Headers.Builder headers = Headers.builder();
        List<String> cookies = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : merged.asMap().entrySet()) {
            if (SET_COOKIE.equalsIgnoreCase(e.getKey())) {
                cookies.addAll(e.getValue());
            } else {
                headers.addAll(e.getKey(), e.getValue());
            }
        }
        return new WireResponse(RestEventWriter.statusCode(response), headers.build(), cookies, response.string("body"),
                response.bool("isBase64Encoded"));
    }

    /**
     * Decodes the typed event a {@code RequestHandler<APIGatewayProxyRequestEvent, ...>} receives,
     * with the same rules as {@link #decode(EventJson)}. The request's typed event is that object.
     *
     * @param event the event
     * @return the request
     * @throws BadRequestError when the event is {@code null}, or has no {@code httpMethod} or one that
     *     is not an HTTP token
     */
    public static SourceRequest decode(APIGatewayProxyRequestEvent event) {
        if (event == null) {
            throw new BadRequestError("No event");
        }
        Headers.Builder headers = Headers.builder();
        merge(event.getMultiValueHeaders(), event.getHeaders(),
                (n, v) -> headers.add(n, v), n -> headers.contains(n));
        QueryParams.Builder query = QueryParams.builder();
        merge(event.getMultiValueQueryStringParameters(), event.getQueryStringParameters(),
                (n, v) -> query.add(n, v), n -> query.contains(n));
        APIGatewayProxyRequestEvent.ProxyRequestContext context = event.getRequestContext();
        APIGatewayProxyRequestEvent.RequestIdentity identity = context == null ? null : context.getIdentity();
        return SourceRequest.builder(ID)
                .method(HttpMethod.require(event.getHttpMethod(), "API Gateway event", "httpMethod"))
                .path(event.getPath())
                .headers(headers.build())
                .queryParams(query.build())
                .body(event.getBody(), Boolean.TRUE.equals(event.getIsBase64Encoded()))
                .requestId(context == null ? null : context.getRequestId())
                .sourceIp(identity == null ? null : identity.getSourceIp())
                .event(() -> event)
                .build();
    }

    /**
     * Converts a response for a {@code RequestHandler<..., APIGatewayProxyResponseEvent>}: status
     * code, {@code multiValueHeaders} (as {@link #encode} writes them), body and base64 flag. The
     * single-value headers stay {@code null}.
     *
     * @param response the response
     * @return a new, mutable response event
     */
    public static APIGatewayProxyResponseEvent toResponseEvent(WireResponse response) {
        APIGatewayProxyResponseEvent event = new APIGatewayProxyResponseEvent();
        event.setStatusCode(response.status());
        event.setMultiValueHeaders(multiValueHeaders(response));
        event.setBody(response.body());
        event.setIsBase64Encoded(response.base64Encoded());
        return event;
    }

    /**
     * Every header with all its values, then {@code Set-Cookie} with one value per cookie.
     *
     * @param response the response
     * @return a new, mutable map in writing order
     */
    static Map<String, List<String>> multiValueHeaders(WireResponse response) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : response.headers().asMap().entrySet()) {
            if (SET_COOKIE.equalsIgnoreCase(e.getKey())) {
                cookies.addAll(e.getValue());
            } else {
                out.put(e.getKey(), new ArrayList<>(e.getValue()));
            }
        }
        cookies.addAll(response.cookies());
        if (!cookies.isEmpty()) {
            out.put(SET_COOKIE, cookies);
        }
        return out;
    }

    /**
     * Adds the multi values of each name, then the single value of names that got none.
     *
     * @param multi name to values; may be {@code null} and hold {@code null}s
     * @param single name to value; may be {@code null} and hold {@code null}s
     * @param add adds one value (ignores {@code null}s)
     * @param contains whether a name already has a value
     */
    private static void merge(Map<String, List<String>> multi, Map<String, String> single,
                              BiConsumer<String, String> add, Predicate<String> contains) {
        if (multi != null) {
            for (Map.Entry<String, List<String>> e : multi.entrySet()) {
                if (e.getValue() != null) {
                    for (String v : e.getValue()) {
                        add.accept(e.getKey(), v);
                    }
                }
            }
        }
        if (single != null) {
            for (Map.Entry<String, String> e : single.entrySet()) {
                if (!contains.test(e.getKey())) {
                    add.accept(e.getKey(), e.getValue());
                }
            }
        }
    }

    /**
     * {@link #merge} over the event's own maps, without copying them first: the per-request path.
     * A single-value name that is also a key of the multi-value map is skipped without a
     * case-insensitive look-up. The builder is a {@link Headers.Builder} or a
     * {@link QueryParams.Builder}, called directly (no method references: each would spin a class
     * at run time on first use, which costs cold start).
     */
    private static void mergeRaw(Object multi, Object single, Object builder) {
        Map<?, ?> m = multi instanceof Map<?, ?> map ? map : null;
        if (m != null) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String name = String.valueOf(e.getKey());
                if (e.getValue() instanceof List<?> values) {
                    for (Object v : values) {
                        add(builder, name, scalar(v));
                    }
                } else {
                    add(builder, name, scalar(e.getValue()));
                }
            }
        }
        if (single instanceof Map<?, ?> one) {
            for (Map.Entry<?, ?> e : one.entrySet()) {
                if (m != null && m.containsKey(e.getKey())) {
                    continue;
                }
                String name = String.valueOf(e.getKey());
                boolean present = builder instanceof Headers.Builder h ? h.contains(name)
                        : ((QueryParams.Builder) builder).contains(name);
                if (!present) {
                    add(builder, name, scalar(e.getValue()));
                }
            }
        }
    }

    private static void add(Object builder, String name, String value) {
        if (builder instanceof Headers.Builder h) {
            h.add(name, value);
        } else {
            ((QueryParams.Builder) builder).add(name, value);
        }
    }

    private static String scalar(Object v) {
        return v instanceof String s ? s : v instanceof Number || v instanceof Boolean ? v.toString() : null;
    }
}
