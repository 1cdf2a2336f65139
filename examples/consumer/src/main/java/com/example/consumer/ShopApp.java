package com.example.consumer;

import com.example.consumer.api.BillowRoutes;
import com.example.consumer.api.OrderBook;
import com.example.consumer.api.OrderRoutes;
import com.example.consumer.api.RequestIdHeader;
import dev.portico.core.Resolver;
import dev.portico.feature.cors.CorsConfig;
import java.util.Map;

/** Assembles the shop application: routes, CORS, middleware. */
public final class ShopApp {
    /** The browser origin of the shop's web front end. */
    public static final String WEB_ORIGIN = "https://shop.example.com";

    private ShopApp() {
    }

    /**
     * Builds the application. No event source is fixed: each event goes to the source that
     * recognizes it, the HTTP API's or Billow's (both found with ServiceLoader).
     *
     * @param orders the order book
     * @return the application, immutable and shared by all requests
     */
    public static Resolver create(OrderBook orders) {
        var app = Resolver.builder()
                .configure(CorsConfig.builder().allowOrigin(WEB_ORIGIN).maxAge(300).build())
                .use(new RequestIdHeader("X-Request-Id"))
                .include(OrderRoutes.router(orders), "/orders")
                .include(BillowRoutes.router(orders), "/billow");
        app.get("/health", request -> Map.of("status", "ok"));
        return app.build();
    }
}
