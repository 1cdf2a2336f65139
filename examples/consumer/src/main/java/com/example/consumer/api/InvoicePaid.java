package com.example.consumer.api;

/**
 * The {@code data} of a Billow {@code invoice.paid} webhook.
 *
 * @param invoice Billow's invoice id
 * @param orderId the order the invoice was for
 * @param amountCents the amount paid, in cents
 * @param currency the ISO currency code
 */
public record InvoicePaid(String invoice, String orderId, long amountCents, String currency) {
}
