package dev.portico.examples.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.source.apigw.http.ApiGatewayHttpResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** API Gateway HTTP API events, stream style: {@code dev.portico.examples.runtime.HttpApiStreamHandler::handleRequest}. */
public final class HttpApiStreamHandler implements RequestStreamHandler {
    private static final ApiGatewayHttpResolver APP = ApiGatewayHttpResolver.builder().include(Routes.router()).build();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
