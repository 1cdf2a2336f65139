package dev.portico.benchmarks.portico;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Portico handler for a REST API, as the documentation shows it: the resolver fixed to its source;
 * {@value #ROUTES} routes (the to-do routes and filler, as many as the baseline has).
 */
public class PorticoRestTodoHandler implements RequestStreamHandler {
    /** How many routes the application has. */
    public static final int ROUTES = 10;
    static final ApiGatewayRestResolver APP = TodoApi.routes(ApiGatewayRestResolver.builder(), ROUTES).build();

    /** The handler the Lambda runtime creates. */
    public PorticoRestTodoHandler() {
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
