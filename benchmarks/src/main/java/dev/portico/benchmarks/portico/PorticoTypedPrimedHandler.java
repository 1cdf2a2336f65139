package dev.portico.benchmarks.portico;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.feature.openapi.OpenApi;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** {@link PorticoTypedHandler} with {@code Resolver.prime()} in init, as for SnapStart. */
public class PorticoTypedPrimedHandler implements RequestStreamHandler {
    private static final ApiGatewayRestResolver APP = ApiGatewayRestResolver.builder().include(OpenApi.routes(new TypedTodoApi())).build();

    static {
        APP.prime();
    }

    /** The handler the Lambda runtime creates. */
    public PorticoTypedPrimedHandler() {
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
