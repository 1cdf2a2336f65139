package dev.portico.source.function.url;

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
 * AWS Lambda Function URL events (id {@code function-url}, priority 100: above the API Gateway HTTP
 * API source, whose events have the same shape).
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
public final class LambdaFunctionUrlSource extends PayloadV2Source {
    /** The id of this source. */
    public static final String ID = "function-url";
    /** The stand-in domain of the events {@link #writeEvent} writes (Function URLs live on {@code *.lambda-url.*}). */
    static final String DOMAIN = "local.lambda-url.us-east-1.on.aws";

    /** Creates the source; it is stateless. */
    public LambdaFunctionUrlSource() {
        super(ID, 100, DOMAIN);
    }

    @Override
    public boolean recognizes(EventJson event) {
        return PayloadV2.isFunctionUrl(event);
    }

    @Override
    public SourceRequest decode(EventJson event) {
        return PayloadV2.decode(ID, event).event(PayloadV2.typedEvent(event)).build();
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
        return PayloadV2Events.decode(ID, event, (rawPath, stage) -> rawPath);
    }

    /**
     * Converts a response to the typed 2.0 response ({@link PayloadV2Events#toResponseEvent}).
     *
     * @param response the response
     * @return the typed response
     */
    public static APIGatewayV2HTTPResponse toResponseEvent(WireResponse response) {
        return PayloadV2Events.toResponseEvent(response);
    }
}
