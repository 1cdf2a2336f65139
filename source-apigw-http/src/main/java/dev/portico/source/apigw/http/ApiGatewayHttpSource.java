package dev.portico.source.apigw.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.BadRequestError;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.PayloadV2;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;

/**
 * Amazon API Gateway HTTP API events, payload format 2.0 (id {@code apigw-http}, priority 50).
 *
 * <p><b>Detection:</b> {@code version} is {@code "2.0"}, {@code requestContext.http} is an object,
 * {@code routeKey} is present, and the event is not a Lambda Function URL event
 * ({@code requestContext.domainName} does not contain {@code .lambda-url.}). REST (v1) events have no
 * {@code requestContext.http}; VPC Lattice v2 events have neither {@code requestContext.http} nor
 * {@code routeKey}.
 *
 * <p><b>Decoding</b> follows {@link PayloadV2}. In addition, when {@code requestContext.stage} is set
 * and is not {@code $default}, a leading {@code /<stage>} segment is removed from {@code rawPath}:
 * only when the path is exactly {@code /<stage>} (which becomes {@code /}) or starts with
 * {@code /<stage>/}, so {@code /production} keeps its name under stage {@code prod}.
 *
 * <p>The typed event ({@link APIGatewayV2HTTPEvent}) is built by hand, only when a handler asks for it.
 *
 * <p><b>Local server.</b> {@link #writeEvent} writes a request as the {@code $default} route and stage
 * of an API on {@value #DOMAIN} would receive it ({@link PayloadV2#writeEvent}: repeated header and
 * query values joined with commas, cookies in {@code cookies}); {@link #readResponse} reads a 2.0
 * response back ({@link PayloadV2#readResponse}).
 */
public final class ApiGatewayHttpSource implements EventSource {
    /** The id of this source. */
    public static final String ID = "apigw-http";
    private static final String DEFAULT_STAGE = "$default";
    /** The stand-in domain of the events {@link #writeEvent} writes. */
    static final String DOMAIN = "local.execute-api.us-east-1.amazonaws.com";

    /** Creates the source; it is stateless. */
    public ApiGatewayHttpSource() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** @return 50: below Function URL (100), whose events have the same shape */
    @Override
    public int priority() {
        return 50;
    }

    @Override
    public boolean recognizes(EventJson event) {
        return PayloadV2.isHttp(event) && event.has("routeKey") && !PayloadV2.isFunctionUrl(event);
    }

    @Override
    public SourceRequest decode(EventJson event) {
        return PayloadV2.decode(ID, event)
                .path(stripStage(event.string("rawPath"), event.path("requestContext", "stage")))
                .event(() -> HttpApiEvents.of(event))
                .build();
    }

    @Override
    public void encode(WireResponse response, SourceRequest request, JsonGenerator out) throws IOException {
        PayloadV2.encode(response, out);
    }

    /**
     * Writes a request as an HTTP API 2.0 event on the {@code $default} stage; see the class description.
     *
     * @param request the request
     * @param out where the event object is written
     * @throws IOException when writing fails
     */
    @Override
    public void writeEvent(SourceRequest request, JsonGenerator out) throws IOException {
        PayloadV2.writeEvent(request, DOMAIN, out);
    }

    /**
     * Reads an HTTP API 2.0 response.
     *
     * @param response the response object
     * @return the response; {@code cookies} as its cookies
     * @throws IllegalArgumentException when there is no integer {@code statusCode}
     */
    @Override
    public WireResponse readResponse(EventJson response) {
        return PayloadV2.readResponse(response);
    }

    /**
     * Decodes a typed event, for functions that take {@link APIGatewayV2HTTPEvent} (the same rules
     * as for JSON events, stage removal included). The request's typed event is this event.
     *
     * @param event the event
     * @return the request
     * @throws BadRequestError when the event is null, has no method or an invalid one, or a malformed
     *     query string
     */
    public static SourceRequest decode(APIGatewayV2HTTPEvent event) {
        if (event == null) {
            throw new BadRequestError("No event");
        }
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        APIGatewayV2HTTPEvent.RequestContext.Http http = context == null ? null : context.getHttp();
        return PayloadV2.request(ID,
                        http == null ? null : http.getMethod(),
                        stripStage(event.getRawPath(), context == null ? null : context.getStage()),
                        event.getRawQueryString(),
                        event.getQueryStringParameters(),
                        event.getHeaders(),
                        event.getCookies(),
                        event.getBody(),
                        event.getIsBase64Encoded(),
                        context == null ? null : context.getRequestId(),
                        http == null ? null : http.getSourceIp())
                .event(() -> event)
                .build();
    }

    /**
     * Converts a response to the typed HTTP API response: headers joined with {@code ", "},
     * {@code Set-Cookie} values in {@code cookies}, no multi-value headers.
     *
     * @param response the response
     * @return the typed response
     */
    public static APIGatewayV2HTTPResponse toResponseEvent(WireResponse response) {
        APIGatewayV2HTTPResponse r = new APIGatewayV2HTTPResponse();
        r.setStatusCode(response.status());
        r.setHeaders(PayloadV2.headers(response));
        r.setCookies(PayloadV2.cookies(response));
        r.setBody(response.body());
        r.setIsBase64Encoded(response.base64Encoded());
        return r;
    }

    /**
     * @param path the raw path, or {@code null}
     * @param stage the stage, or {@code null}
     * @return the path without its stage segment
     */
    static String stripStage(String path, String stage) {
        if (path == null || stage == null || stage.isEmpty() || DEFAULT_STAGE.equals(stage)) {
            return path;
        }
        int end = stage.length() + 1;
        if (path.length() < end || path.charAt(0) != '/' || !path.startsWith(stage, 1)) {
            return path;
        }
        if (path.length() == end) {
            return "/";
        }
        return path.charAt(end) == '/' ? path.substring(end) : path;
    }

    @Override
    public String toString() {
        return ID;
    }
}
