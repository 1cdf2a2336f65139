package dev.portico.examples.guide;

import static dev.portico.examples.guide.Wire.answer;
import static dev.portico.examples.guide.Wire.assertMatches;
import static dev.portico.examples.guide.Wire.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.api.UnsupportedEventException;
import dev.portico.core.Resolver;
import dev.portico.testing.TestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/guide/getting-started.md: each resolver answers its service's event with the output shown. */
class GettingStartedTest {
    private static final Map<String, Resolver> APPS = Map.of(
            "rest", RestApiHandler.app(),
            "http", Sources.httpApi(),
            "alb", Sources.alb(),
            "function-url", Sources.functionUrl(),
            "lattice-v2", Sources.vpcLatticeV2(),
            "lattice", Sources.vpcLattice());

    @Test
    void theHandlerClassAnswersTheRestEvent() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RestApiHandler().handleRequest(new ByteArrayInputStream(
                read("getting-started/rest-event.json").getBytes(StandardCharsets.UTF_8)), out, new TestContext());
        assertMatches("getting-started/rest-output.json", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eachResolverAnswersItsServicesEvent() {
        APPS.forEach((name, app) -> assertMatches("getting-started/" + name + "-output.json",
                answer(app, "getting-started/" + name + "-event.json")));
    }

    @Test
    void theDetectingResolverAnswersEveryFormatAsTheFixedOnes() {
        Resolver any = Sources.anySource();
        APPS.keySet().forEach(name -> assertMatches("getting-started/" + name + "-output.json",
                answer(any, "getting-started/" + name + "-event.json")));
    }

    @Test
    void theDetectingResolverSaysWhichSourceDecodedTheEvent() {
        Map<String, String> ids = Map.of("rest", "apigw-rest", "http", "apigw-http", "alb", "alb",
                "function-url", "function-url", "lattice-v2", "vpc-lattice-v2", "lattice", "vpc-lattice");
        Resolver any = Sources.anySource();
        ids.forEach((name, id) -> {
            String event = read("getting-started/" + name + "-event.json").replace("/todos", "/source");
            assertEquals(id, dev.portico.testing.TestResponse.of(any.resolve(event, null)).body(), name);
        });
    }

    @Test
    void httpApiEventsInPayloadFormat1AreRestEvents() {
        String v1 = read("getting-started/rest-event.json").replaceFirst("\\{", "{\"version\": \"1.0\", \"routeKey\": \"GET /todos\",");
        assertMatches("getting-started/rest-output.json", RestApiHandler.app().resolve(v1, null));
    }

    @Test
    void aFixedResolverRefusesOtherFormats() {
        UnsupportedEventException e = assertThrows(UnsupportedEventException.class,
                () -> answer(RestApiHandler.app(), "getting-started/http-event.json"));
        assertEquals("The event is not in the format of the 'apigw-rest' event source this application was built for "
                + "(event sources tried: apigw-rest)", e.getMessage());
        assertEquals(List.of("apigw-rest"), e.triedSources());
    }

    @Test
    void theDetectingResolverRefusesEventsThatAreNotHttp() {
        UnsupportedEventException e = assertThrows(UnsupportedEventException.class,
                () -> Sources.anySource().resolve("{\"Records\":[]}", null));
        assertEquals(List.of("function-url", "alb", "vpc-lattice-v2", "vpc-lattice", "apigw-http", "apigw-rest"),
                e.triedSources());
    }
}
