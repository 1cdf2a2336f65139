package dev.portico.source.alb;

import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.util.List;
import java.util.Map;

/**
 * Conversions to and from the AWS events library's ALB types. Kept apart from {@link AlbSource} so
 * that decoding a JSON event loads none of them.
 */
final class AlbEvents {

    private AlbEvents() {
    }

    /** Builds the typed event from the JSON event with plain setters; query values stay encoded, as sent. */
    static ApplicationLoadBalancerRequestEvent toEvent(EventJson json) {
        ApplicationLoadBalancerRequestEvent e = new ApplicationLoadBalancerRequestEvent();
        EventJson context = json.object("requestContext");
        if (context != null) {
            ApplicationLoadBalancerRequestEvent.RequestContext rc = new ApplicationLoadBalancerRequestEvent.RequestContext();
            EventJson elb = context.object("elb");
            if (elb != null) {
                ApplicationLoadBalancerRequestEvent.Elb typed = new ApplicationLoadBalancerRequestEvent.Elb();
                typed.setTargetGroupArn(elb.string("targetGroupArn"));
                rc.setElb(typed);
            }
            e.setRequestContext(rc);
        }
        e.setHttpMethod(json.string("httpMethod"));
        e.setPath(json.string("path"));
        if (json.object("headers") != null) {
            e.setHeaders(json.strings("headers"));
        }
        if (json.object("multiValueHeaders") != null) {
            e.setMultiValueHeaders(json.stringLists("multiValueHeaders"));
        }
        if (json.object("queryStringParameters") != null) {
            e.setQueryStringParameters(json.strings("queryStringParameters"));
        }
        if (json.object("multiValueQueryStringParameters") != null) {
            e.setMultiValueQueryStringParameters(json.stringLists("multiValueQueryStringParameters"));
        }
        e.setBody(json.string("body"));
        e.setIsBase64Encoded(json.bool("isBase64Encoded"));
        return e;
    }

    static SourceRequest decode(ApplicationLoadBalancerRequestEvent event) {
        Map<String, List<String>> headers = event.getMultiValueHeaders();
        Map<String, List<String>> query = event.getMultiValueQueryStringParameters();
        return AlbRequests.build(headers != null || query != null, event.getHttpMethod(), event.getPath(),
                headers == null ? event.getHeaders() : null, headers,
                query == null ? event.getQueryStringParameters() : null, query,
                event.getBody(), event.getIsBase64Encoded(), () -> event);
    }

    static ApplicationLoadBalancerResponseEvent toResponseEvent(WireResponse response, boolean multi) {
        ApplicationLoadBalancerResponseEvent r = new ApplicationLoadBalancerResponseEvent();
        r.setStatusCode(response.status());
        r.setStatusDescription(response.statusLine());
        if (multi) {
            r.setMultiValueHeaders(AlbResponses.multiHeaders(response));
        } else {
            r.setHeaders(AlbResponses.singleHeaders(response));
        }
        r.setBody(response.body());
        r.setIsBase64Encoded(response.base64Encoded());
        return r;
    }
}
