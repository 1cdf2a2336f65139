package dev.portico.examples.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.portico.source.apigw.http.ApiGatewayHttpResolver;

/**
 * API Gateway HTTP API events, typed style: {@code dev.portico.examples.runtime.HttpApiTypedHandler::handleRequest}. The Lambda runtime
 * deserializes the event into {@code APIGatewayV2HTTPEvent} and serializes the {@code APIGatewayV2HTTPResponse}.
 */
public final class HttpApiTypedHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final ApiGatewayHttpResolver APP = ApiGatewayHttpResolver.builder().include(Routes.router()).build();

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return APP.handleRequest(event, context);
    }
}
