package dev.portico.source.apigw.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.portico.api.BadRequestError;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import dev.portico.source.payloadv2.PayloadV2;
import dev.portico.source.payloadv2.PayloadV2Events;
import dev.portico.source.payloadv2.PayloadV2Source;

/**
 * Amazon API Gateway HTTP API events, payload format 2.0 (id {@code apigw-http}, priority 50: below
 * Function URL (100), whose events have the same shape).
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
public final class ApiGatewayHttpSource extends PayloadV2Source {
    /** The id of this source. */
    public static final String ID = "apigw-http";
    private static final String DEFAULT_STAGE = "$default";
    /** The stand-in domain of the events {@link #writeEvent} writes. */
    static final String DOMAIN = "local.execute-api.us-east-1.amazonaws.com";

    /** Creates the source; it is stateless. */
    public ApiGatewayHttpSource() {
        super(ID, 50, DOMAIN);
    }

    @Override
    public boolean recognizes(EventJson event) {
        return PayloadV2.isHttp(event) && event.has("routeKey") && !PayloadV2.isFunctionUrl(event);
    }

    @Override
    public SourceRequest decode(EventJson event) {
        return PayloadV2.decode(ID, event)
                .path(stripStage(event.string("rawPath"), event.path("requestContext", "stage")))
                .event(PayloadV2.typedEvent(event))
                .build();
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
        return PayloadV2Events.decode(ID, event, ApiGatewayHttpSource::stripStage);
    }

    /**
     * Converts a response to the typed HTTP API response ({@link PayloadV2Events#toResponseEvent}).
     *
     * @param response the response
     * @return the typed response
     */
    public static APIGatewayV2HTTPResponse toResponseEvent(WireResponse response) {
        return PayloadV2Events.toResponseEvent(response);
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
}
