package dev.portico.examples.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Any supported event source, detected per event, stream style: {@code dev.portico.examples.runtime.AutoDetectHandler::handleRequest}. */
public final class AutoDetectHandler implements RequestStreamHandler {
    private static final Resolver APP = Resolver.builder().include(Routes.router()).build();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
