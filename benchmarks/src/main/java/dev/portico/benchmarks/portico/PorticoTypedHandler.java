package dev.portico.benchmarks.portico;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.feature.openapi.OpenApi;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The typed application (feature-openapi, {@link TypedTodoApi}) on the REST source. */
public class PorticoTypedHandler implements RequestStreamHandler {
    static final ApiGatewayRestResolver APP = ApiGatewayRestResolver.builder().include(OpenApi.routes(new TypedTodoApi())).build();

    /** The handler the Lambda runtime creates. */
    public PorticoTypedHandler() {
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
