package dev.portico.benchmarks.portico;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Portico handler that detects the event source: every source and feature found on the class
 * path is loaded when the application is built.
 */
public class PorticoTodoHandler implements RequestStreamHandler {
    private static final Resolver APP = TodoApi.routes(Resolver.builder(), PorticoRestTodoHandler.ROUTES).build();

    /** The handler the Lambda runtime creates. */
    public PorticoTodoHandler() {
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
