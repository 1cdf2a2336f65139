package dev.portico.examples.guide;

import static dev.portico.examples.guide.Wire.assertMatches;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.testing.PorticoClient;
import org.junit.jupiter.api.Test;

/** docs/guide/validation.md, Jakarta Bean Validation. */
class BeanValidationTest {
    private final PorticoClient client = PorticoClient.of(Validation.beanValidation());

    @Test
    void beanValidationConstraintsAreChecked() {
        assertEquals("Ana booked 2 seat(s) with ABC", client.post("/signups").query("code", "ABC")
                .jsonBody("{\"name\": \"Ana\", \"email\": \"ana@example.com\", \"birthday\": \"1990-04-01\", \"seats\": 2}")
                .send().body());
        assertMatches("validation/signup-errors.json", client.post("/signups").query("code", "abc")
                .jsonBody("{\"name\": \" \", \"email\": \"ana.example.com\", \"birthday\": \"2999-01-01\", \"seats\": 0}")
                .send().raw());
    }
}
