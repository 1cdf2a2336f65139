package com.example.consumer;

import static com.example.consumer.TestEvents.read;
import static com.example.consumer.TestEvents.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.consumer.api.OrderBook;
import com.example.consumer.webhook.BillowWebhookSource;
import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.spi.EventSource;
import dev.portico.core.Resolver;
import dev.portico.testing.EventFormat;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The application end to end: HTTP API v2 events and Billow webhooks, through the same resolver. */
class ShopAppTest {
    private final Resolver app = ShopApp.create(new OrderBook());
    private final PorticoClient http = PorticoClient.of(app).format(EventFormat.HTTP_API);

    @Test
    void bothSourcesAreDiscovered() {
        List<String> ids = app.sources().stream().map(EventSource::id).toList();
        assertTrue(ids.contains("apigw-http"), ids::toString);
        assertTrue(ids.contains("billow-webhook"), ids::toString);
        assertTrue(app.sources().stream().anyMatch(s -> s.getClass() == BillowWebhookSource.class));
    }

    @Test
    void createsAndReadsOrdersOverTheHttpApi() {
        TestResponse created = http.post("/orders").jsonBody(Map.of("item", "tea", "quantity", 2)).send();
        assertEquals(201, created.status());
        assertEquals("/orders/ord-1", created.header("Location"));
        assertEquals("application/json", created.header("Content-Type"));
        JsonNode order = tree("{\"id\":\"ord-1\",\"item\":\"tea\",\"quantity\":2,\"status\":\"open\"}");
        assertEquals(order, created.json());

        TestResponse read = http.get("/orders/ord-1").requestId("req-7").send();
        assertEquals(200, read.status());
        assertEquals(order, read.json());
        assertEquals("req-7", read.header("X-Request-Id"));
    }

    @Test
    void answersErrorsInTheHttpApiFormat() {
        TestResponse missing = http.get("/orders/ord-404").send();
        assertEquals(404, missing.status());
        assertEquals(tree("{\"statusCode\":404,\"message\":\"No order ord-404\"}"), missing.json());

        TestResponse invalid = http.post("/orders").jsonBody(Map.of("item", "tea", "quantity", 0)).send();
        assertEquals(400, invalid.status());
        assertEquals(tree("{\"statusCode\":400,\"message\":\"An order needs an item and a quantity of at least 1\"}"),
                invalid.json());
    }

    @Test
    void addsCorsHeadersForTheShopOrigin() {
        TestResponse allowed = http.get("/health").header("Origin", ShopApp.WEB_ORIGIN).send();
        assertEquals(200, allowed.status());
        assertEquals(tree("{\"status\":\"ok\"}"), allowed.json());
        assertEquals(ShopApp.WEB_ORIGIN, allowed.header("Access-Control-Allow-Origin"));
        assertEquals("300", allowed.header("Access-Control-Max-Age"));
        assertEquals("Origin", allowed.header("Vary"));

        TestResponse other = http.get("/health").header("Origin", "https://elsewhere.example").send();
        assertEquals(200, other.status());
        assertNull(other.header("Access-Control-Allow-Origin"));
    }

    @Test
    void aPaymentWebhookMarksTheOrderPaid() {
        http.post("/orders").jsonBody(Map.of("item", "tea", "quantity", 2)).send();

        JsonNode answer = tree(app.resolve(read("billow-invoice-paid.json"), null));
        assertEquals(tree("{\"order\":\"ord-1\",\"status\":\"paid\"}"), tree(answer.path("body").asText()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) answer).remove("body");
        assertEquals(tree("{\"acknowledged\":true,\"status\":200,\"eventId\":\"evt_1001\","
                + "\"contentType\":\"application/json\"}"), answer);

        assertEquals("paid", http.get("/orders/ord-1").send().json().path("status").asText());
    }

    @Test
    void webhookErrorsAreNotAcknowledged() {
        assertEquals(tree("{\"acknowledged\":false,\"status\":404,\"eventId\":\"evt_1002\","
                        + "\"contentType\":\"application/json\","
                        + "\"body\":\"{\\\"statusCode\\\":404,\\\"message\\\":\\\"No order ord-999\\\"}\"}"),
                tree(app.resolve(read("billow-invoice-paid-unknown-order.json"), null)));

        // No route for this event type: the default 404.
        JsonNode unrouted = tree(app.resolve(read("billow-customer-created.json"), null));
        assertEquals(false, unrouted.path("acknowledged").asBoolean(true));
        assertEquals(404, unrouted.path("status").asInt());
        assertEquals(tree("{\"statusCode\":404,\"message\":\"Not found\"}"), tree(unrouted.path("body").asText()));
    }

    @Test
    void aMalformedWebhookIsAnswered400InBillowsFormat() {
        JsonNode answer = tree(app.resolve(read("billow-bad-type.json"), null));
        assertEquals(false, answer.path("acknowledged").asBoolean(true));
        assertEquals(400, answer.path("status").asInt());
        assertEquals("evt_1003", answer.path("eventId").asText());
        assertEquals(tree("{\"statusCode\":400,\"message\":"
                        + "\"Billow event type '../admin' is not a lower-case name such as invoice.paid\"}"),
                tree(answer.path("body").asText()));
    }
}
