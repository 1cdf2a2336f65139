package com.example.consumer.api;

/**
 * An order, as the API returns it.
 *
 * @param id the id, such as {@code ord-1}
 * @param item what was ordered
 * @param quantity how many
 * @param status {@code open} or {@code paid}
 */
public record Order(String id, String item, int quantity, String status) {
    /** The status of an order not paid yet. */
    public static final String OPEN = "open";
    /** The status of a paid order. */
    public static final String PAID = "paid";

    /** @return this order, paid */
    Order paid() {
        return new Order(id, item, quantity, PAID);
    }
}
