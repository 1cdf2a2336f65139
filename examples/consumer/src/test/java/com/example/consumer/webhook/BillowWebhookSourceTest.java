package com.example.consumer.webhook;

import static com.example.consumer.TestEvents.read;
import static com.example.consumer.TestEvents.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.BadRequestError;
import dev.portico.api.Headers;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import dev.portico.testing.Events;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plugin on its own: detection, decoding, encoding. */
class BillowWebhookSourceTest {
    private final BillowWebhookSource source = new BillowWebhookSource();

    @SuppressWarnings("unchecked")
    private static EventJson event(String json) throws IOException {
        return EventJson.of((Map<String, Object>) EventJson.parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void recognizesBillowEnvelopesOnly() throws IOException {
        assertTrue(source.recognizes(event(read("billow-invoice-paid.json"))));
        assertFalse(source.recognizes(event(Events.httpApi().path("/orders").build())));
        assertFalse(source.recognizes(event(Events.apiGatewayRest().path("/orders").build())));
        assertFalse(source.recognizes(event("{\"object\":\"billow.webhook\"}")));
        assertFalse(source.recognizes(event("{\"object\":\"other.webhook\",\"type\":\"invoice.paid\"}")));
    }

    @Test
    void decodesADeliveryIntoAPostRequest() throws IOException {
        SourceRequest request = source.decode(event(read("billow-invoice-paid.json")));
        assertEquals("billow-webhook", request.source());
        assertEquals("POST", request.method());
        assertEquals("/billow/invoice.paid", request.path());
        assertEquals("evt_1001", request.requestId());
        assertEquals(Headers.builder()
                .add("Content-Type", "application/json")
                .add("Billow-Event-Id", "evt_1001")
                .add("Billow-Api-Version", "2025-01")
                .build(), request.headers());
        assertFalse(request.base64Encoded());
        assertEquals(tree("{\"invoice\":\"inv_42\",\"orderId\":\"ord-1\",\"amountCents\":2400,\"currency\":\"EUR\","
                + "\"lines\":[{\"sku\":\"tea-01\",\"quantity\":2}],\"test\":false}"), tree(request.body()));
    }

    @Test
    void buildsTheTypedEventOnDemand() throws IOException {
        BillowEvent typed = (BillowEvent) source.decode(event(read("billow-invoice-paid.json"))).event().get();
        assertEquals("evt_1001", typed.id());
        assertEquals("invoice.paid", typed.type());
        assertEquals("2025-01", typed.apiVersion());
        assertEquals(Instant.parse("2025-01-01T10:00:00Z"), typed.created());
        assertEquals("inv_42", typed.data().get("invoice"));
        assertEquals(2400L, typed.data().get("amountCents"));
    }

    @Test
    void rejectsMalformedDeliveries() throws IOException {
        BadRequestError badType = assertThrows(BadRequestError.class,
                () -> source.decode(event(read("billow-bad-type.json"))));
        assertEquals(400, badType.statusCode());
        assertThrows(BadRequestError.class, () -> source.decode(
                event("{\"object\":\"billow.webhook\",\"type\":\"ping\",\"created\":\"yesterday\"}")));
        assertThrows(BadRequestError.class, () -> source.decode(
                event("{\"object\":\"billow.webhook\",\"type\":\"ping\",\"data\":[1,2]}")));
        assertEquals("evt_1003", source.fallback(event(read("billow-bad-type.json"))).requestId());
    }

    @Test
    void encodesTheAcknowledgement() throws IOException {
        SourceRequest request = source.decode(event(read("billow-invoice-paid.json")));
        WireResponse ok = new WireResponse(200, Headers.builder().add("Content-Type", "application/json").build(),
                List.of(), "{\"ok\":true}", false);
        assertEquals(tree("{\"acknowledged\":true,\"status\":200,\"eventId\":\"evt_1001\","
                + "\"contentType\":\"application/json\",\"body\":\"{\\\"ok\\\":true}\"}"), tree(encode(ok, request)));

        WireResponse failed = new WireResponse(503, Headers.empty(), List.of(), "AQID", true);
        assertEquals(tree("{\"acknowledged\":false,\"status\":503,\"eventId\":\"evt_1001\",\"body\":\"AQID\","
                + "\"isBase64Encoded\":true}"), tree(encode(failed, request)));
    }

    private String encode(WireResponse response, SourceRequest request) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = EventJson.factory().createGenerator(out)) {
            source.encode(response, request, g);
        }
        return out.toString();
    }
}
