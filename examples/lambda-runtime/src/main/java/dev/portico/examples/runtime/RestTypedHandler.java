package dev.portico.examples.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;

/**
 * API Gateway REST API events, typed style: {@code dev.portico.examples.runtime.RestTypedHandler::handleRequest}. The Lambda runtime
 * deserializes the event into {@code APIGatewayProxyRequestEvent} and serializes the {@code APIGatewayProxyResponseEvent}.
 */
public final class RestTypedHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final ApiGatewayRestResolver APP = ApiGatewayRestResolver.builder().include(Routes.router()).build();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return APP.handleRequest(event, context);
    }
}
