package com.example.consumer;

import dev.portico.core.Resolver;
import java.util.List;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming: before Lambda takes the snapshot, send warm-up events through the application
 * so the classes of a full request (routing, JSON, both event sources) are loaded and initialized in
 * the snapshot. The events have no side effect. On a JVM without CRaC, registering does nothing.
 */
public final class SnapStartPriming implements Resource {
    /** An HTTP API request for {@code GET /health}. */
    static final String HTTP_API_EVENT = """
            {"version": "2.0", "routeKey": "GET /health", "rawPath": "/health", "rawQueryString": "",
             "headers": {"accept": "application/json"},
             "requestContext": {"http": {"method": "GET", "path": "/health", "sourceIp": "127.0.0.1"},
                                "requestId": "priming", "stage": "$default"},
             "isBase64Encoded": false}
            """;
    /** A Billow {@code ping} delivery. */
    static final String WEBHOOK_EVENT = """
            {"object": "billow.webhook", "id": "evt_priming", "type": "ping", "data": {}}
            """;

    private final Resolver app;

    private SnapStartPriming(Resolver app) {
        this.app = app;
    }

    /**
     * Registers priming for an application with the CRaC global context.
     *
     * @param app the application
     * @return the resource; keep a reference to it (CRaC holds it weakly)
     */
    public static SnapStartPriming register(Resolver app) {
        SnapStartPriming priming = new SnapStartPriming(app);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    /**
     * Sends the warm-up events.
     *
     * @return the responses, in the events' formats
     */
    public List<String> prime() {
        return List.of(app.resolve(HTTP_API_EVENT, null), app.resolve(WEBHOOK_EVENT, null));
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: the application holds no connections or credentials.
    }
}
