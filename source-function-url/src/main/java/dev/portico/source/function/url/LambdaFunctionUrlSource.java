package dev.portico.source.function.url;

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
 * AWS Lambda Function URL events (id {@code function-url}, priority 100).
 *
 * <p><b>Detection:</b> {@code version} is {@code "2.0"}, {@code requestContext.http} is an object,
 * and {@code requestContext.domainName} contains {@code .lambda-url.} (Function URLs are served only
 * on {@code <url-id>.lambda-url.<region>.on.aws}). Function URL events have the API Gateway HTTP API
 * 2.0 shape, so this source ranks above the HTTP API source (50), which excludes these events too.
 *
 * <p><b>Decoding</b> follows {@link PayloadV2}: the path is {@code rawPath} as given (Function URLs
 * have no stage), binary bodies arrive base64 with {@code isBase64Encoded}, cookies in the
 * {@code cookies} array. Responses are written in the same 2.0 format.
 *
 * <p><b>Typed event:</b> aws-lambda-java-events (3.16.1) has no Function URL class; AWS documents
 * {@link APIGatewayV2HTTPEvent} and {@link APIGatewayV2HTTPResponse} for Function URLs, so this
 * source uses them. The typed event is built by hand, only when a handler asks for it.
 *
 * <p><b>Local server.</b> {@link #writeEvent} writes a request as a Function URL on {@value #DOMAIN}
 * would receive it ({@link PayloadV2#writeEvent}: repeated header and query values joined with
 * commas, cookies in {@code cookies}); {@link #readResponse} reads a 2.0 response back
 * ({@link PayloadV2#readResponse}).
 */
public final class LambdaFunctionUrlSource implements EventSource {
    /** The id of this source. */
    public static final String ID = "function-url";
    /** The stand-in domain of the events {@link #writeEvent} writes (Function URLs live on {@code *.lambda-url.*}). */
    static final String DOMAIN = "local.lambda-url.us-east-1.on.aws";

    /** Creates the source; it is stateless. */
    public LambdaFunctionUrlSource() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** @return 100: above the API Gateway HTTP API source, whose events have the same shape */
    @Override
    public int priority() {
        return 100;
    }

    @Override
    public boolean recognizes(EventJson event) {
        return PayloadV2.isFunctionUrl(event);
    }

    @Override
    public SourceRequest decode(EventJson event) {
        return PayloadV2.decode(ID, event).event(() -> FunctionUrlEvents.of(event)).build();
    }

    @Override
    public void encode(WireResponse response, SourceRequest request, JsonGenerator out) throws IOException {
        PayloadV2.encode(response, out);
    }

    /**
     * Writes a request as a Function URL event; see the class description.
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
     * Reads a Function URL (2.0) response.
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
     * Decodes a typed event, for functions that take {@link APIGatewayV2HTTPEvent} from a Function
     * URL (the same rules as for JSON events). The request's typed event is this event.
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
                        event.getRawPath(),
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
     * Converts a response to the typed 2.0 response: headers joined with {@code ", "},
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

    @Override
    public String toString() {
        return ID;
    }
}
