package dev.portico.examples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.testing.EventFormat;
import dev.portico.testing.PorticoClient;
import org.junit.jupiter.api.Test;

/** docs/guide/routers.md, "Helpers that take the builder". */
class BuilderTypesTest {

    @Test
    void oneHelperServesTheDetectingAndTheSourceSpecificBuilder() {
        for (EventFormat format : EventFormat.values()) {
            assertEquals(Wire.tree("{\"status\":\"ok\"}"),
                    PorticoClient.of(BuilderTypes.detecting()).format(format).get("/health").send().json(), format.name());
        }
        assertEquals(Wire.tree("{\"status\":\"ok\"}"), PorticoClient.of(BuilderTypes.rest()).get("/health").send().json());
        assertEquals("dev.portico.source.apigw.rest.ApiGatewayRestResolver", BuilderTypes.rest().getClass().getName());
    }
}
