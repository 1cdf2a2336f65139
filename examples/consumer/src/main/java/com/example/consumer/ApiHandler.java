package com.example.consumer;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.example.consumer.api.OrderBook;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Lambda entry point, handler string {@code com.example.consumer.ApiHandler::handleRequest}.
 * Events are read and answered as streams: no event POJO is built.
 */
public final class ApiHandler implements RequestStreamHandler {
    // Built once, in the init phase (and in the SnapStart snapshot), then shared by every invocation.
    private static final Resolver APP = ShopApp.create(new OrderBook());
    // CRaC holds resources weakly: keep a strong reference.
    private static final SnapStartPriming PRIMING = SnapStartPriming.register(APP);

    /** Lambda creates the handler with this constructor. */
    public ApiHandler() {
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
