package dev.portico.source.payloadv2;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.portico.api.BadRequestError;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * The typed AWS classes of payload format 2.0 ({@link APIGatewayV2HTTPEvent}, which AWS also
 * documents for Function URLs, and {@link APIGatewayV2HTTPResponse}) to and from Portico's requests and
 * responses, by hand: no {@code ObjectMapper}, no reflection. Only loaded when a handler asks for
 * the typed event or a typed entry point is used.
 */
public final class PayloadV2Events {

    private PayloadV2Events() {
    }

    /**
     * Builds the typed event from an event already read as {@link EventJson}.
     *
     * @param e the event
     * @return the typed event; absent fields stay {@code null}
     */
    public static APIGatewayV2HTTPEvent of(EventJson e) {
        APIGatewayV2HTTPEvent t = new APIGatewayV2HTTPEvent();
        t.setVersion(e.string("version"));
        t.setRouteKey(e.string("routeKey"));
        t.setRawPath(e.string("rawPath"));
        t.setRawQueryString(e.string("rawQueryString"));
        t.setCookies(list(e, "cookies"));
        t.setHeaders(map(e, "headers"));
        t.setQueryStringParameters(map(e, "queryStringParameters"));
        t.setPathParameters(map(e, "pathParameters"));
        t.setStageVariables(map(e, "stageVariables"));
        t.setBody(e.string("body"));
        t.setIsBase64Encoded(e.bool("isBase64Encoded"));
        EventJson c = e.object("requestContext");
        if (c != null) {
            t.setRequestContext(context(c));
        }
        return t;
    }

    /**
     * Decodes a typed event by the rules of {@link PayloadV2#request}; the request's typed event is
     * this event.
     *
     * @param source the id of the decoding source
     * @param event the event
     * @param path turns {@code rawPath} and {@code requestContext.stage} (each possibly {@code null})
     *     into the request's path
     * @return the request
     * @throws BadRequestError when the event is null, has no method or an invalid one, or a malformed
     *     query string
     */
    public static SourceRequest decode(String source, APIGatewayV2HTTPEvent event, BinaryOperator<String> path) {
        if (event == null) {
            throw new BadRequestError("No event");
        }
        RequestContext context = event.getRequestContext();
        RequestContext.Http http = context == null ? null : context.getHttp();
        return PayloadV2.request(source,
                        http == null ? null : http.getMethod(),
                        path.apply(event.getRawPath(), context == null ? null : context.getStage()),
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

    private static RequestContext context(EventJson c) {
        RequestContext t = new RequestContext();
        t.setRouteKey(c.string("routeKey"));
        t.setAccountId(c.string("accountId"));
        t.setStage(c.string("stage"));
        t.setApiId(c.string("apiId"));
        t.setDomainName(c.string("domainName"));
        t.setDomainPrefix(c.string("domainPrefix"));
        t.setTime(c.string("time"));
        if (c.get("timeEpoch") instanceof Number n) {
            t.setTimeEpoch(n.longValue());
        }
        t.setRequestId(c.string("requestId"));
        EventJson h = c.object("http");
        if (h != null) {
            RequestContext.Http http = new RequestContext.Http();
            http.setMethod(h.string("method"));
            http.setPath(h.string("path"));
            http.setProtocol(h.string("protocol"));
            http.setSourceIp(h.string("sourceIp"));
            http.setUserAgent(h.string("userAgent"));
            t.setHttp(http);
        }
        EventJson a = c.object("authorizer");
        if (a != null) {
            t.setAuthorizer(authorizer(a));
        }
        return t;
    }

    private static RequestContext.Authorizer authorizer(EventJson a) {
        RequestContext.Authorizer t = new RequestContext.Authorizer();
        EventJson jwt = a.object("jwt");
        if (jwt != null) {
            RequestContext.Authorizer.JWT j = new RequestContext.Authorizer.JWT();
            j.setClaims(map(jwt, "claims"));
            j.setScopes(list(jwt, "scopes"));
            t.setJwt(j);
        }
        EventJson lambda = a.object("lambda");
        if (lambda != null) {
            t.setLambda(lambda.asMap());
        }
        EventJson iam = a.object("iam");
        if (iam != null) {
            RequestContext.IAM i = new RequestContext.IAM();
            i.setAccessKey(iam.string("accessKey"));
            i.setAccountId(iam.string("accountId"));
            i.setCallerId(iam.string("callerId"));
            i.setPrincipalOrgId(iam.string("principalOrgId"));
            i.setUserArn(iam.string("userArn"));
            i.setUserId(iam.string("userId"));
            EventJson ci = iam.object("cognitoIdentity");
            if (ci != null) {
                RequestContext.CognitoIdentity c = new RequestContext.CognitoIdentity();
                c.setAmr(list(ci, "amr"));
                c.setIdentityId(ci.string("identityId"));
                c.setIdentityPoolId(ci.string("identityPoolId"));
                i.setCognitoIdentity(c);
            }
            t.setIam(i);
        }
        return t;
    }

    private static Map<String, String> map(EventJson e, String key) {
        return e.has(key) ? e.strings(key) : null;
    }

    private static List<String> list(EventJson e, String key) {
        return e.has(key) ? e.stringList(key) : null;
    }
}
