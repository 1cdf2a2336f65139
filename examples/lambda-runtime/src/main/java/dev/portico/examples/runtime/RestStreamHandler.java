package dev.portico.examples.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** API Gateway REST API events, stream style: {@code dev.portico.examples.runtime.RestStreamHandler::handleRequest}. */
public final class RestStreamHandler implements RequestStreamHandler {
    private static final ApiGatewayRestResolver APP = ApiGatewayRestResolver.builder().include(Routes.router()).build();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
