package com.example.consumer.webhook;

import dev.portico.api.spi.EventJson;
import java.time.Instant;
import java.util.Map;

/**
 * A Billow webhook delivery as a typed event, for handlers that want more than the request body:
 * {@code request.event(BillowEvent.class)}. Built only when a handler asks for it.
 *
 * @param id the delivery's event id, such as {@code evt_1001}
 * @param type the event type, such as {@code invoice.paid}
 * @param apiVersion the Billow API version the payload follows, or {@code null}
 * @param created when Billow created the event, or {@code null} when the envelope has no time
 * @param data the payload, as plain maps, lists and scalars; empty when there is none
 */
public record BillowEvent(String id, String type, String apiVersion, Instant created, Map<String, Object> data) {

    /**
     * Reads the envelope.
     *
     * @param event an event {@link BillowWebhookSource} recognizes
     * @return the typed event
     */
    static BillowEvent of(EventJson event) {
        String created = event.string("created");
        EventJson data = event.object("data");
        return new BillowEvent(event.string("id"), event.string("type"), event.string("apiVersion"),
                created == null ? null : Instant.ofEpochSecond(Long.parseLong(created)),
                data == null ? Map.of() : data.asMap());
    }
}
