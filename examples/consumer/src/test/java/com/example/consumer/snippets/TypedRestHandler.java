package com.example.consumer.snippets;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.consumer.api.OrderBook;
import com.example.consumer.api.OrderRoutes;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;

/**
 * The typed Lambda style, for a function behind a REST API (docs/running-on-lambda.md). Kept in the
 * tests, with portico-source-apigw-rest in test scope, so that the shipped jar stays HTTP-API-only.
 */
public final class TypedRestHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final ApiGatewayRestResolver APP = ApiGatewayRestResolver.builder()
            .include(OrderRoutes.router(new OrderBook()), "/orders")
            .build();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return APP.handleRequest(event, context);
    }
}
