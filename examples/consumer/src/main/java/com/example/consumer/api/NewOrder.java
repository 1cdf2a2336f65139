package com.example.consumer.api;

/**
 * The body of {@code POST /orders}.
 *
 * @param item what to order
 * @param quantity how many, at least 1
 */
public record NewOrder(String item, int quantity) {
}
