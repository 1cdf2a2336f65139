package com.example.consumer;

import static com.example.consumer.TestEvents.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.consumer.api.OrderBook;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up events reach real routes (a 404 would prime less) and change nothing. */
class SnapStartPrimingTest {

    @Test
    void primingAnswersBothEventsSuccessfully() {
        OrderBook orders = new OrderBook();
        List<String> answers = SnapStartPriming.register(ShopApp.create(orders)).prime();

        JsonNode http = tree(answers.get(0));
        assertEquals(200, http.path("statusCode").asInt());
        assertEquals(tree("{\"status\":\"ok\"}"), tree(http.path("body").asText()));

        assertEquals(tree("{\"acknowledged\":true,\"status\":200,\"eventId\":\"evt_priming\","
                + "\"contentType\":\"text/plain; charset=utf-8\",\"body\":\"pong\"}"), tree(answers.get(1)));
        assertTrue(orders.find("ord-1").isEmpty());
    }
}
