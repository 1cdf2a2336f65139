package com.example.consumer.api;

import dev.portico.api.BadRequestError;
import dev.portico.api.NotFoundError;
import dev.portico.api.Response;
import dev.portico.api.Router;

/** The order API: {@code GET /{id}} and {@code POST /}, to include under {@code /orders}. */
public final class OrderRoutes {
    private OrderRoutes() {
    }

    /**
     * @param orders the order book
     * @return the routes
     */
    public static Router router(OrderBook orders) {
        Router router = new Router();
        router.get("/{id}", request -> orders.find(request.pathParam("id"))
                .orElseThrow(() -> new NotFoundError("No order " + request.pathParam("id"))));
        router.post("/", request -> {
            NewOrder order = request.body(NewOrder.class);
            if (order.item() == null || order.item().isBlank() || order.quantity() < 1) {
                throw new BadRequestError("An order needs an item and a quantity of at least 1");
            }
            Order created = orders.create(order.item(), order.quantity());
            return Response.status(201).header("Location", "/orders/" + created.id()).body(created).build();
        });
        return router;
    }
}
