package dev.portico.examples.guide;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;

/** Running on Lambda: a handler taking the AWS event classes instead of streams. */
// tag::typed[]
public final class TypedRestHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final ApiGatewayRestResolver APP = RestApiHandler.app();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return APP.handleRequest(event, context);
    }
}
// end::typed[]
