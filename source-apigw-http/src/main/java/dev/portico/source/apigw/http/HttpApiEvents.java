package dev.portico.source.apigw.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;
import dev.portico.api.spi.EventJson;
import java.util.List;
import java.util.Map;

/**
 * Builds the typed {@link APIGatewayV2HTTPEvent} from an event already read as {@link EventJson}, by
 * hand: no {@code ObjectMapper}, no reflection. Only loaded when a handler asks for the typed event.
 */
final class HttpApiEvents {

    private HttpApiEvents() {
    }

    static APIGatewayV2HTTPEvent of(EventJson e) {
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
