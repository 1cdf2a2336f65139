package com.example.consumer.api;

import dev.portico.api.NotFoundError;
import dev.portico.api.Router;
import java.util.Map;

/**
 * Billow's webhooks, to include under {@code /billow}: the webhook event source turns each delivery
 * into {@code POST /billow/<type>}, so they are routes like any other.
 */
public final class BillowRoutes {
    private BillowRoutes() {
    }

    /**
     * @param orders the order book
     * @return the routes
     */
    public static Router router(OrderBook orders) {
        Router router = new Router();
        // Billow sends a ping when the webhook is set up, and SnapStart priming sends one too.
        router.post("/ping", request -> "pong");
        router.post("/invoice.paid", request -> {
            InvoicePaid paid = request.body(InvoicePaid.class);
            Order order = orders.markPaid(paid.orderId())
                    .orElseThrow(() -> new NotFoundError("No order " + paid.orderId()));
            return Map.of("order", order.id(), "status", order.status());
        });
        return router;
    }
}
