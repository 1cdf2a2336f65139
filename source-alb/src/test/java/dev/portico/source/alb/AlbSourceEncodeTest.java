package dev.portico.source.alb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.api.Headers;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import dev.portico.testkit.ResourceEvents;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlbSourceEncodeTest {
    private final AlbSource source = new AlbSource();
    private final SourceRequest single = source.decode(ResourceEvents.json("alb-single.json"));
    private final SourceRequest multi = source.decode(ResourceEvents.json("alb-multi.json"));

    private static WireResponse response(List<String> cookies) {
        Headers headers = Headers.builder()
                .add("X-Multi", "a").add("X-Multi", "b")
                .add("Content-Type", "application/json")
                .build();
        return new WireResponse(201, headers, cookies, "{\"id\":42}", false);
    }

    @Test
    void singleValueModeJoinsValuesAndKeepsTheLastCookie() throws IOException {
        assertEquals(ResourceEvents.tree("{\"statusCode\":201,\"statusDescription\":\"201 Created\","
                        + "\"headers\":{\"X-Multi\":\"a, b\",\"Content-Type\":\"application/json\",\"Set-Cookie\":\"b=2; Secure\"},"
                        + "\"body\":\"{\\\"id\\\":42}\",\"isBase64Encoded\":false}"),
                ResourceEvents.encode(source, response(List.of("a=1", "b=2; Secure")), single));
    }

    @Test
    void singleValueModeWithOneCookieAndNone() throws IOException {
        assertEquals("a=1", ResourceEvents.encode(source, response(List.of("a=1")), single).get("headers").get("Set-Cookie").asText());
        assertEquals(ResourceEvents.tree("{\"X-Multi\":\"a, b\",\"Content-Type\":\"application/json\"}"),
                ResourceEvents.encode(source, response(List.of()), single).get("headers"));
    }

    @Test
    void multiValueModeKeepsEveryValueAndEveryCookie() throws IOException {
        assertEquals(ResourceEvents.tree("{\"statusCode\":201,\"statusDescription\":\"201 Created\","
                        + "\"multiValueHeaders\":{\"X-Multi\":[\"a\",\"b\"],\"Content-Type\":[\"application/json\"],"
                        + "\"Set-Cookie\":[\"a=1\",\"b=2; Secure\"]},"
                        + "\"body\":\"{\\\"id\\\":42}\",\"isBase64Encoded\":false}"),
                ResourceEvents.encode(source, response(List.of("a=1", "b=2; Secure")), multi));
    }

    @Test
    void binaryAndEmptyBodies() throws IOException {
        WireResponse binary = new WireResponse(200, Headers.builder().add("Content-Type", "image/png").build(),
                List.of(), "iVBORw0KGgo=", true);
        assertEquals(ResourceEvents.tree("{\"statusCode\":200,\"statusDescription\":\"200 OK\","
                        + "\"multiValueHeaders\":{\"Content-Type\":[\"image/png\"]},"
                        + "\"body\":\"iVBORw0KGgo=\",\"isBase64Encoded\":true}"),
                ResourceEvents.encode(source, binary, multi));
        WireResponse empty = new WireResponse(204, Headers.empty(), List.of(), null, false);
        assertEquals(ResourceEvents.tree("{\"statusCode\":204,\"statusDescription\":\"204 No Content\",\"headers\":{},"
                        + "\"body\":null,\"isBase64Encoded\":false}"),
                ResourceEvents.encode(source, empty, single));
    }

    @Test
    void statusWithoutReasonPhraseUsesTheCodeAlone() throws IOException {
        WireResponse odd = new WireResponse(299, Headers.empty(), List.of(), "", false);
        assertEquals("299", ResourceEvents.encode(source, odd, single).get("statusDescription").asText());
        WireResponse notFound = new WireResponse(404, Headers.empty(), List.of(), "", false);
        assertEquals("404 Not Found", ResourceEvents.encode(source, notFound, multi).get("statusDescription").asText());
    }
}
