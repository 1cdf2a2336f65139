package dev.portico.source.alb;

import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.BadRequestError;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Application Load Balancer events: id {@code alb}, priority 80.
 *
 * <p><b>Detection.</b> An event is an ALB event when {@code requestContext.elb} is a JSON object.
 * The priority is above API Gateway REST's because an ALB event also has {@code httpMethod} and
 * {@code path}.
 *
 * <p><b>Two modes.</b> A target group with multi-value headers enabled sends
 * {@code multiValueHeaders} and {@code multiValueQueryStringParameters} and expects
 * {@code multiValueHeaders} back; otherwise it sends {@code headers} and {@code queryStringParameters}
 * and expects {@code headers} back. The event is in multi-value mode when it has a
 * {@code multiValueHeaders} or a {@code multiValueQueryStringParameters} object (even an empty one);
 * the mode is kept in {@link SourceRequest#attachment()} and the response is written in the same mode.
 *
 * <p><b>Decoding.</b> Method from {@code httpMethod}, path from {@code path}, body from {@code body}
 * and {@code isBase64Encoded}; headers from {@code multiValueHeaders} when it is present, else from
 * {@code headers}, and likewise for the query parameters. ALB passes query names and values on still
 * percent-encoded, so both are decoded here ({@code +} is a space); malformed encoding is answered
 * 400. ALB events carry no request id (the core then uses the Lambda request id). The client IP is the
 * first entry of the {@code X-Forwarded-For} header, or {@code null} without one. The typed
 * {@link ApplicationLoadBalancerRequestEvent} is built only when a handler asks for it, with plain
 * setters (no {@code ObjectMapper}); its query values are left encoded, as ALB sent them.
 *
 * <p><b>Encoding.</b> {@code {"statusCode":200,"statusDescription":"200 OK",
 * "headers"|"multiValueHeaders":{...},"body":"...","isBase64Encoded":false}}. In multi-value mode every
 * header value is kept and each cookie is its own {@code Set-Cookie} entry. In single-value mode a
 * header with several values is sent once, its values joined with {@code ", "}, except
 * {@code Set-Cookie}: cookies cannot be joined, so only the <em>last</em> cookie is sent (a warning is
 * logged). To send several cookies through an ALB, enable multi-value headers on the target group.
 *
 * <p><b>Local server.</b> {@link #writeEvent} writes a request as an ALB target group would send it:
 * in multi-value mode, unless the request's attachment is {@code Boolean.FALSE} (then single-value
 * mode, where each header and query parameter keeps its last value, as ALB does); query names and
 * values percent-encoded; cookies in the {@code Cookie} header; an {@code X-Forwarded-For} header with
 * the client IP when the request has none; an empty body as {@code ""}. {@link #readResponse} reads
 * either response mode back, every {@code Set-Cookie} value as a cookie.
 */
public final class AlbSource implements EventSource {

    /** This source's {@link #id()}. */
    public static final String ID = "alb";

    /** Creates the source (stateless; one instance can serve every request). */
    public AlbSource() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** @return 80 */
    @Override
    public int priority() {
        return 80;
    }

    @Override
    public boolean recognizes(EventJson event) {
        EventJson context = event.object("requestContext");
        return context != null && context.object("elb") != null;
    }

    @Override
    public SourceRequest decode(EventJson event) {
        Map<String, List<String>> headers = event.object("multiValueHeaders") != null
                ? event.stringLists("multiValueHeaders") : null;
        Map<String, List<String>> query = event.object("multiValueQueryStringParameters") != null
                ? event.stringLists("multiValueQueryStringParameters") : null;
        return AlbRequests.build(headers != null || query != null, event.string("httpMethod"), event.string("path"),
                headers == null ? event.strings("headers") : null, headers,
                query == null ? event.strings("queryStringParameters") : null, query,
                event.string("body"), event.bool("isBase64Encoded"),
                new TypedEvent(event));
    }

    /** Keeps the event's header mode, so a 400 for a malformed event comes back in that mode. */
    @Override
    public SourceRequest fallback(EventJson event) {
        boolean multi = event.object("multiValueHeaders") != null
                || event.object("multiValueQueryStringParameters") != null;
        return SourceRequest.builder(ID).method("GET").attachment(multi).build();
    }

    @Override
    public void encode(WireResponse response, SourceRequest request, JsonGenerator out) throws IOException {
        AlbResponses.write(response, Boolean.TRUE.equals(request.attachment()), out);
    }

    /**
     * Writes a request as an ALB event; see the class description.
     *
     * @param request the request; attachment {@code Boolean.FALSE} selects single-value mode
     * @param out where the event object is written
     * @throws IOException when writing fails
     */
    @Override
    public void writeEvent(SourceRequest request, JsonGenerator out) throws IOException {
        AlbEventWriter.write(request, out);
    }

    /**
     * Reads an ALB response in either mode ({@code multiValueHeaders} when present, else
     * {@code headers}); {@code statusDescription} is ignored.
     *
     * @param response the response object
     * @return the response
     * @throws IllegalArgumentException when there is no integer {@code statusCode}
     */
    @Override
    public WireResponse readResponse(EventJson response) {
        return AlbEventWriter.read(response);
    }

    /**
     * Decodes a typed ALB event, for handlers that receive {@link ApplicationLoadBalancerRequestEvent}
     * from the Lambda runtime. The same rules as for JSON events apply; the mode is multi-value when
     * the event has multi-value headers or query parameters (non-null maps). {@code request.event()} supplies
     * {@code event} itself.
     *
     * @param event the typed event
     * @return the request, source id {@code alb}
     * @throws BadRequestError when the event is {@code null}, its method is missing or
     *     invalid, or a query name or value is malformed
     */
    public static SourceRequest decode(ApplicationLoadBalancerRequestEvent event) {
        if (event == null) {
            throw new BadRequestError("No event");
        }
        return AlbEvents.decode(event);
    }

    /**
     * Converts a response to the typed ALB response event, for handlers returning
     * {@link ApplicationLoadBalancerResponseEvent}. Headers follow the same rules as {@link #encode}:
     * in single-value mode values are joined with {@code ", "} and only the last cookie is kept.
     *
     * @param response the response
     * @param multiValue whether to fill {@code multiValueHeaders} (the request came in multi-value
     *     mode) rather than {@code headers}
     * @return the typed response
     */
    public static ApplicationLoadBalancerResponseEvent toResponseEvent(WireResponse response, boolean multiValue) {
        return AlbEvents.toResponseEvent(response, multiValue);
    }

    /**
     * @param request a request this source decoded
     * @return whether it came in multi-value mode (and must be answered in it)
     */
    public static boolean isMultiValue(SourceRequest request) {
        return Boolean.TRUE.equals(request.attachment());
    }

    /**
     * Supplies the typed event ({@link AlbEvents#toEvent}), built on first call only: a class rather than a lambda, whose first use would
     * spin a class at run time (cold start).
     */
    private static final class TypedEvent implements java.util.function.Supplier<ApplicationLoadBalancerRequestEvent> {
        private final EventJson event;

        TypedEvent(EventJson event) {
            this.event = event;
        }

        @Override
        public ApplicationLoadBalancerRequestEvent get() {
            return AlbEvents.toEvent(event);
        }
    }
}
