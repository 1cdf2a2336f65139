package dev.portico.examples.todo;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The Lambda entry point: {@code dev.portico.examples.todo.TodoHandler::handleRequest}. */
public final class TodoHandler implements RequestStreamHandler {
    private static final ApiGatewayRestResolver APP = TodoApp.create(new TodoStore());

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
