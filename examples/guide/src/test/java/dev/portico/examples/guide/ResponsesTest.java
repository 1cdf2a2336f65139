package dev.portico.examples.guide;

import static dev.portico.examples.guide.Wire.assertMatches;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.core.Resolver;
import dev.portico.testing.EventFormat;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/guide/responses.md. */
class ResponsesTest {

    @Test
    void handlerResults() {
        PorticoClient client = PorticoClient.of(Responses.results());
        assertMatches("responses/text.json", client.get("/text").send().raw());
        assertMatches("responses/map.json", client.get("/map").send().raw());
        assertMatches("responses/record.json", client.get("/record").send().raw());
        assertMatches("responses/bytes.json", client.get("/bytes").send().raw());
        assertMatches("responses/nothing.json", client.get("/nothing").send().raw());
    }

    @Test
    void fineGrainedResponses() {
        Resolver app = Responses.fineGrained();
        assertMatches("responses/fine-grained-rest.json",
                PorticoClient.of(app).get("/todos").requestId("3f1c2b7a-0d4e-4a8b-9c6d-5e4f3a2b1c0d").send().raw());
        assertMatches("responses/json-text.json", PorticoClient.of(app).get("/cached").send().raw());
    }

    @Test
    void jsonWithNullsAndAStatus() {
        PorticoClient client = PorticoClient.of(Responses.json());
        assertMatches("responses/json-record.json", client.get("/saved").send().raw());
        assertMatches("responses/json-status.json", client.post("/saved").send().raw());
        TestResponse missing = client.get("/missing").send();
        assertEquals(404, missing.status());
        assertEquals("{\"id\":null}", missing.body());
        assertEquals("application/json", missing.header("Content-Type"));
    }

    @Test
    void withHeaderAndWithCookieInAMiddleware() {
        assertMatches("responses/with-header.json", PorticoClient.of(Responses.withHeader()).get("/hello").send().raw());
    }

    @Test
    void cookiesOnEverySource() {
        Resolver rest = Responses.cookies();
        assertMatches("responses/cookies-rest.json", PorticoClient.of(rest).post("/login").send().raw());
        List<String> expected = List.of("session_id=12345; Path=/; Secure; HttpOnly; Max-Age=3600; SameSite=Strict",
                "theme=dark");
        assertEquals(expected, PorticoClient.of(rest).post("/login").send().cookies());
    }

    @Test
    void cookiesInTheOtherFormats() {
        PorticoClient client = PorticoClient.of(Responses.cookies());
        assertMatches("responses/cookies-http.json", client.format(EventFormat.HTTP_API).post("/login").send().raw());
        assertMatches("responses/cookies-alb.json", client.format(EventFormat.ALB).post("/login").send().raw());
        assertEquals(2, client.format(EventFormat.ALB_MULTI_VALUE).post("/login").send().cookies().size());
        assertEquals(2, client.format(EventFormat.FUNCTION_URL).post("/login").send().cookies().size());
        for (EventFormat lastOnly : List.of(EventFormat.VPC_LATTICE, EventFormat.VPC_LATTICE_V2)) {
            assertEquals(List.of("theme=dark"), client.format(lastOnly).post("/login").send().cookies());
        }
    }

    @Test
    void binaryResponses() {
        TestResponse r = PorticoClient.of(Responses.binary()).get("/logo").header("Accept", "image/svg+xml").send();
        assertMatches("responses/binary.json", r.raw());
        assertArrayEquals(Responses.LOGO, r.bodyBytes());
    }
}
