package dev.portico.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each format's builder writes the exact event JSON kept in {@code src/test/resources/events}. */
class EventsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The same request for every format: a POST with repeated headers and query values, cookies, a body. */
    private static <B extends EventBuilder<B>> B sample(B b) {
        return b.method("post").path("/todos/1")
                .header("Accept", "application/json").header("X-Tag", "a").header("x-tag", "b")
                .query("q", "x y").query("tag", "1").query("tag", "2")
                .cookie("s", "1").cookie("t", "2")
                .sourceIp("203.0.113.7")
                .body("hello");
    }

    private static JsonNode expected(String name) throws IOException {
        try (InputStream in = EventsTest.class.getResourceAsStream("/events/" + name)) {
            return MAPPER.readTree(in);
        }
    }

    private static JsonNode tree(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    @Test
    void restFillsSingleAndMultiValueMapsWithDecodedValues() throws IOException {
        String json = sample(Events.apiGatewayRest()).stage("dev").requestId("req-1")
                .resource("/todos/{id}").pathParameter("id", "1").build();
        assertEquals(expected("rest.json"), tree(json));
    }

    @Test
    void httpApiJoinsHeadersAndEncodesTheRawQuery() throws IOException {
        String json = sample(Events.httpApi()).requestId("req-2").routeKey("POST /todos/{id}").build();
        assertEquals(expected("http-api.json"), tree(json));
    }

    @Test
    void functionUrlHasItsDomainAndAnonymousAccount() throws IOException {
        String json = sample(Events.functionUrl()).urlId("myurlid").region("eu-west-1").requestId("req-3").build();
        assertEquals(expected("function-url.json"), tree(json));
    }

    @Test
    void albKeepsQueryValuesEncodedAndTheLastValue() throws IOException {
        assertEquals(expected("alb.json"), tree(sample(Events.alb()).build()));
    }

    @Test
    void albMultiValueUsesOnlyTheMultiValueMaps() throws IOException {
        assertEquals(expected("alb-multi-value.json"), tree(sample(Events.alb()).multiValueHeaders(true).build()));
        assertEquals(expected("alb-multi-value.json"), tree(Events.of(EventFormat.ALB_MULTI_VALUE)
                .method("POST").path("/todos/1").header("Accept", "application/json").header("X-Tag", "a")
                .header("x-tag", "b").query("q", "x y").query("tag", "1").query("tag", "2")
                .cookie("s", "1").cookie("t", "2").sourceIp("203.0.113.7").body("hello").build()));
    }

    @Test
    void vpcLatticeUsesSnakeCaseKeys() throws IOException {
        assertEquals(expected("vpc-lattice.json"), tree(sample(Events.vpcLattice()).build()));
    }

    @Test
    void vpcLatticeV2UsesListsAndARequestContext() throws IOException {
        assertEquals(expected("vpc-lattice-v2.json"), tree(sample(Events.vpcLatticeV2()).build()));
    }

    @Test
    void binaryBodiesAreBase64WithTheFlagInEachFormat() throws IOException {
        byte[] bytes = {0, 1, 2, (byte) 0xff};
        String b64 = Base64.getEncoder().encodeToString(bytes);
        for (EventFormat f : EventFormat.values()) {
            JsonNode e = tree(Events.of(f).body(bytes).build());
            String flag = f == EventFormat.VPC_LATTICE ? "is_base64_encoded" : "isBase64Encoded";
            assertEquals(b64, e.get("body").asText(), f.name());
            assertTrue(e.get(flag).booleanValue(), f.name());
        }
    }

    @Test
    void jsonBodySerializesAndSetsTheContentType() throws IOException {
        JsonNode e = tree(Events.apiGatewayRest().jsonBody(Map.of("title", "milk")).build());
        assertEquals(MAPPER.readTree("{\"title\":\"milk\"}"), MAPPER.readTree(e.get("body").asText()));
        assertEquals("application/json", e.get("headers").get("Content-Type").asText());

        JsonNode kept = tree(Events.httpApi().header("Content-Type", "application/vnd.api+json")
                .jsonBody("{\"a\":1}").build());
        assertEquals("{\"a\":1}", kept.get("body").asText());
        assertEquals("application/vnd.api+json", kept.get("headers").get("content-type").asText());
    }

    @Test
    void aQueryInThePathIsParsedAndReEncoded() throws IOException {
        JsonNode e = tree(Events.httpApi().path("/search?q=caf%C3%A9+au+lait&n=1").query("n", "2").build());
        assertEquals("/search", e.get("rawPath").asText());
        assertEquals("q=caf%C3%A9%20au%20lait&n=1&n=2", e.get("rawQueryString").asText());
        assertEquals("café au lait", e.get("queryStringParameters").get("q").asText());
    }

    @Test
    void aNamedHttpApiStagePrefixesTheRawPath() throws IOException {
        JsonNode e = tree(Events.httpApi().stage("dev").path("/todos").build());
        assertEquals("/dev/todos", e.get("rawPath").asText());
        assertEquals("/dev/todos", e.get("requestContext").get("http").get("path").asText());
        assertEquals("dev", e.get("requestContext").get("stage").asText());
    }

    @Test
    void defaultsAreAGetOfTheRootWithoutQueryOrBody() throws IOException {
        JsonNode rest = tree(Events.apiGatewayRest().build());
        assertEquals("GET", rest.get("httpMethod").asText());
        assertEquals("/", rest.get("path").asText());
        assertTrue(rest.get("queryStringParameters").isNull());
        assertTrue(rest.get("body").isNull());
        JsonNode v2 = tree(Events.httpApi().build());
        assertEquals("", v2.get("rawQueryString").asText());
        assertFalse(v2.has("body"));
        assertFalse(v2.has("cookies"));
        assertFalse(v2.has("queryStringParameters"));
        JsonNode alb = tree(Events.alb().build());
        assertEquals(MAPPER.readTree("{}"), alb.get("queryStringParameters"));
        assertEquals("", alb.get("body").asText());
    }

    @Test
    void userAgentHeaderFeedsTheRequestContext() throws IOException {
        JsonNode e = tree(Events.functionUrl().header("User-Agent", "curl/8").build());
        assertEquals("curl/8", e.get("requestContext").get("http").get("userAgent").asText());
    }

    @Test
    void toMapIsWhatBuildWrites() throws IOException {
        HttpApiEventBuilder b = sample(Events.httpApi());
        Map<String, Object> map = b.toMap();
        assertEquals(List.of("s=1", "t=2"), map.get("cookies"));
        assertEquals(MAPPER.valueToTree(map), tree(b.build()));
    }

    @Test
    void invalidInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Events.alb().method("GE T"));
        assertThrows(NullPointerException.class, () -> Events.alb().header("A", null));
    }
}
