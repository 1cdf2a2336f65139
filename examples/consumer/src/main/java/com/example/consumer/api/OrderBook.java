package com.example.consumer.api;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The orders, in memory and thread-safe (a real shop would use a database). */
public final class OrderBook {
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** Creates an empty book. */
    public OrderBook() {
    }

    /**
     * @param item what is ordered
     * @param quantity how many
     * @return the new, open order
     */
    public Order create(String item, int quantity) {
        Order order = new Order("ord-" + ids.incrementAndGet(), item, quantity, Order.OPEN);
        orders.put(order.id(), order);
        return order;
    }

    /**
     * @param id an order id
     * @return the order, if there is one
     */
    public Optional<Order> find(String id) {
        return Optional.ofNullable(id == null ? null : orders.get(id));
    }

    /**
     * @param id an order id
     * @return the order, now paid, if there is one
     */
    public Optional<Order> markPaid(String id) {
        return Optional.ofNullable(id == null ? null : orders.computeIfPresent(id, (k, order) -> order.paid()));
    }
}
