package dev.portico.benchmarks.portico;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** {@link PorticoRestTodoHandler} with 1,000 routes: route count must not grow cold start. */
public class PorticoRest1000Handler implements RequestStreamHandler {
    private static final ApiGatewayRestResolver APP = TodoApi.routes(ApiGatewayRestResolver.builder(), 1000).build();

    /** The handler the Lambda runtime creates. */
    public PorticoRest1000Handler() {
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
