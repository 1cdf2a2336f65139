package dev.portico.source.apigw.rest;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.portico.api.spi.EventJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the typed {@link APIGatewayProxyRequestEvent} from an event read as {@link EventJson},
 * field by field with setters: no {@code ObjectMapper}, no reflection. Kept apart from
 * {@link ApiGatewayRestSource} so the AWS event classes load only when a handler asks for the
 * typed event. Absent or {@code null} fields stay {@code null}.
 */
final class RestEvents {

    private RestEvents() {
    }

    /**
     * @param json a REST event
     * @return the typed event; maps are fresh, mutable copies
     */
    static APIGatewayProxyRequestEvent fromJson(EventJson json) {
        APIGatewayProxyRequestEvent e = new APIGatewayProxyRequestEvent();
        e.setVersion(json.string("version"));
        e.setResource(json.string("resource"));
        e.setPath(json.string("path"));
        e.setHttpMethod(json.string("httpMethod"));
        e.setHeaders(strings(json, "headers"));
        e.setMultiValueHeaders(stringLists(json, "multiValueHeaders"));
        e.setQueryStringParameters(strings(json, "queryStringParameters"));
        e.setMultiValueQueryStringParameters(stringLists(json, "multiValueQueryStringParameters"));
        e.setPathParameters(strings(json, "pathParameters"));
        e.setStageVariables(strings(json, "stageVariables"));
        EventJson context = json.object("requestContext");
        if (context != null) {
            e.setRequestContext(context(context));
        }
        e.setBody(json.string("body"));
        if (json.has("isBase64Encoded")) {
            e.setIsBase64Encoded(json.bool("isBase64Encoded"));
        }
        return e;
    }

    private static APIGatewayProxyRequestEvent.ProxyRequestContext context(EventJson json) {
        APIGatewayProxyRequestEvent.ProxyRequestContext c = new APIGatewayProxyRequestEvent.ProxyRequestContext();
        c.setAccountId(json.string("accountId"));
        c.setStage(json.string("stage"));
        c.setResourceId(json.string("resourceId"));
        c.setRequestId(json.string("requestId"));
        c.setResourcePath(json.string("resourcePath"));
        c.setHttpMethod(json.string("httpMethod"));
        c.setApiId(json.string("apiId"));
        c.setPath(json.string("path"));
        c.setOperationName(json.string("operationName"));
        c.setExtendedRequestId(json.string("extendedRequestId"));
        c.setRequestTime(json.string("requestTime"));
        c.setRequestTimeEpoch(epoch(json.get("requestTimeEpoch")));
        c.setDomainName(json.string("domainName"));
        c.setDomainPrefix(json.string("domainPrefix"));
        c.setProtocol(json.string("protocol"));
        EventJson authorizer = json.object("authorizer");
        if (authorizer != null) {
            c.setAuthorizer(new LinkedHashMap<>(authorizer.asMap()));
        }
        EventJson identity = json.object("identity");
        if (identity != null) {
            c.setIdentity(identity(identity));
        }
        return c;
    }

    private static APIGatewayProxyRequestEvent.RequestIdentity identity(EventJson json) {
        APIGatewayProxyRequestEvent.RequestIdentity i = new APIGatewayProxyRequestEvent.RequestIdentity();
        i.setCognitoIdentityPoolId(json.string("cognitoIdentityPoolId"));
        i.setAccountId(json.string("accountId"));
        i.setCognitoIdentityId(json.string("cognitoIdentityId"));
        i.setCaller(json.string("caller"));
        i.setApiKey(json.string("apiKey"));
        i.setPrincipalOrgId(json.string("principalOrgId"));
        i.setSourceIp(json.string("sourceIp"));
        i.setCognitoAuthenticationType(json.string("cognitoAuthenticationType"));
        i.setCognitoAuthenticationProvider(json.string("cognitoAuthenticationProvider"));
        i.setUserArn(json.string("userArn"));
        i.setUserAgent(json.string("userAgent"));
        i.setUser(json.string("user"));
        i.setAccessKey(json.string("accessKey"));
        return i;
    }

    private static Map<String, String> strings(EventJson json, String key) {
        return json.object(key) == null ? null : new LinkedHashMap<>(json.strings(key));
    }

    private static Map<String, List<String>> stringLists(EventJson json, String key) {
        return json.object(key) == null ? null : new LinkedHashMap<>(json.stringLists(key));
    }

    private static Long epoch(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.valueOf(s.trim());
            } catch (NumberFormatException ignored) {
                return null;
            }
        }
        return null;
    }
}
