package dev.portico.examples.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import dev.portico.source.alb.AlbResolver;

/**
 * Application Load Balancer events, typed style: {@code dev.portico.examples.runtime.AlbTypedHandler::handleRequest}. The Lambda runtime
 * deserializes the event into {@code ApplicationLoadBalancerRequestEvent} and serializes the {@code ApplicationLoadBalancerResponseEvent}.
 */
public final class AlbTypedHandler implements RequestHandler<ApplicationLoadBalancerRequestEvent, ApplicationLoadBalancerResponseEvent> {
    private static final AlbResolver APP = AlbResolver.builder().include(Routes.router()).build();

    @Override
    public ApplicationLoadBalancerResponseEvent handleRequest(ApplicationLoadBalancerRequestEvent event, Context context) {
        return APP.handleRequest(event, context);
    }
}
