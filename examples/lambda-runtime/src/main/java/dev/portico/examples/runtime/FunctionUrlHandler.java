package dev.portico.examples.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.source.function.url.LambdaFunctionUrlResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Lambda Function URL events, stream style: {@code dev.portico.examples.runtime.FunctionUrlHandler::handleRequest}. */
public final class FunctionUrlHandler implements RequestStreamHandler {
    private static final LambdaFunctionUrlResolver APP = LambdaFunctionUrlResolver.builder().include(Routes.router()).build();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
