package dev.portico.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HttpMethodTest {

    @Test
    void requireNormalizesOrAnswers400NamingTheField() {
        assertEquals("PATCH", HttpMethod.require("patch", "ALB event", "httpMethod"));
        assertEquals("The ALB event has no httpMethod",
                assertThrows(BadRequestError.class, () -> HttpMethod.require(null, "ALB event", "httpMethod")).getMessage());
        assertEquals("The ALB event has no httpMethod",
                assertThrows(BadRequestError.class, () -> HttpMethod.require("", "ALB event", "httpMethod")).getMessage());
        BadRequestError invalid = assertThrows(BadRequestError.class, () -> HttpMethod.require("G E T", "ALB event", "httpMethod"));
        assertEquals("The ALB event's httpMethod is not a valid HTTP method", invalid.getMessage());
        assertEquals(400, invalid.statusCode());
    }

    @Test
    void normalizeAcceptsTokensOnly() {
        assertEquals("TRACE", HttpMethod.normalize("trace"));
        assertEquals(HttpMethod.ANY, HttpMethod.normalize("*"));
        assertThrows(IllegalArgumentException.class, () -> HttpMethod.normalize("GET\r\n"));
        assertThrows(IllegalArgumentException.class, () -> HttpMethod.normalize("GÉT"));
    }
}
