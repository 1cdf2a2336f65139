package com.example.consumer.violation;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.portico.api.Handler;
import dev.portico.api.Request;

/**
 * A deliberate violation, kept in the tests: a handler reaching for the HTTP API's typed event, so it
 * would not work behind the webhook source. {@code ArchitectureTest} shows the rule catching it.
 */
public final class LeakyOrderHandler implements Handler {
    @Override
    public Object handle(Request request) {
        return request.event(APIGatewayV2HTTPEvent.class).getRawPath();
    }
}
