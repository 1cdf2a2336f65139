package dev.portico.examples.todo;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;

/**
 * The same todo API in the typed Lambda style:
 * {@code dev.portico.examples.todo.TodoTypedHandler::handleRequest}. The Lambda runtime builds the
 * {@code APIGatewayProxyRequestEvent} with its own serializer (which needs joda-time on the class
 * path); {@link TodoHandler}, the stream style, skips that step and is the faster of the two.
 */
public final class TodoTypedHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final ApiGatewayRestResolver APP = TodoApp.create(new TodoStore());

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return APP.handleRequest(event, context);
    }
}
