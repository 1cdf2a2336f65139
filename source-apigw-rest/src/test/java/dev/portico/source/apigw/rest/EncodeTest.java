package dev.portico.source.apigw.rest;

import static dev.portico.source.apigw.rest.TestEvents.encode;
import static dev.portico.source.apigw.rest.TestEvents.load;
import static dev.portico.source.apigw.rest.TestEvents.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.api.Headers;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact JSON {@link ApiGatewayRestSource#encode} writes. */
class EncodeTest {
    private final SourceRequest request = new ApiGatewayRestSource().decode(load("rest-minimal.json"));

    private void assertEncodes(String expected, WireResponse response) {
        assertEquals(tree(expected), tree(encode(response, request)));
    }

    @Test
    void plainJsonBody() {
        WireResponse r = new WireResponse(200, Headers.builder().add("Content-Type", "application/json").build(),
                List.of(), "{\"message\":\"pong\"}", false);
        assertEncodes("{\"statusCode\":200,\"multiValueHeaders\":{\"Content-Type\":[\"application/json\"]},"
                + "\"body\":\"{\\\"message\\\":\\\"pong\\\"}\",\"isBase64Encoded\":false}", r);
    }

    @Test
    void writesOnlyTheDocumentedKeysInOrder() {
        WireResponse r = new WireResponse(204, Headers.empty(), List.of(), null, false);
        String json = encode(r, request);
        assertEquals("{\"statusCode\":204,\"multiValueHeaders\":{},\"body\":null,\"isBase64Encoded\":false}", json);
    }

    @Test
    void repeatedHeaderValues() {
        Headers headers = Headers.builder()
                .add("X-Tag", "a").add("Vary", "Origin").add("x-tag", "b").add("Content-Type", "text/plain").build();
        WireResponse r = new WireResponse(201, headers, List.of(), "made", false);
        assertEncodes("{\"statusCode\":201,\"multiValueHeaders\":{\"X-Tag\":[\"a\",\"b\"],\"Vary\":[\"Origin\"],"
                + "\"Content-Type\":[\"text/plain\"]},\"body\":\"made\",\"isBase64Encoded\":false}", r);
    }

    @Test
    void severalCookies() {
        WireResponse r = new WireResponse(200, Headers.builder().add("Content-Type", "text/plain").build(),
                List.of("session=abc; Secure; HttpOnly", "theme=dark; Path=/", "lang=en"), "ok", false);
        assertEncodes("{\"statusCode\":200,\"multiValueHeaders\":{\"Content-Type\":[\"text/plain\"],"
                + "\"Set-Cookie\":[\"session=abc; Secure; HttpOnly\",\"theme=dark; Path=/\",\"lang=en\"]},"
                + "\"body\":\"ok\",\"isBase64Encoded\":false}", r);
    }

    @Test
    void setCookieHeaderJoinsTheCookies() {
        WireResponse r = new WireResponse(200, Headers.builder().add("set-cookie", "a=1").build(),
                List.of("b=2"), "", false);
        assertEncodes("{\"statusCode\":200,\"multiValueHeaders\":{\"Set-Cookie\":[\"a=1\",\"b=2\"]},"
                + "\"body\":\"\",\"isBase64Encoded\":false}", r);
    }

    @Test
    void binaryBody() {
        WireResponse r = new WireResponse(200, Headers.builder().add("Content-Type", "image/png").build(),
                List.of(), "iVBORw0KGgo=", true);
        assertEncodes("{\"statusCode\":200,\"multiValueHeaders\":{\"Content-Type\":[\"image/png\"]},"
                + "\"body\":\"iVBORw0KGgo=\",\"isBase64Encoded\":true}", r);
    }

    @Test
    void escapesText() {
        WireResponse r = new WireResponse(500, Headers.builder().add("X-Note", "quote \" and \u00e9").build(),
                List.of(), "line1\nline2 \"q\" \\", false);
        assertEncodes("{\"statusCode\":500,\"multiValueHeaders\":{\"X-Note\":[\"quote \\\" and \u00e9\"]},"
                + "\"body\":\"line1\\nline2 \\\"q\\\" \\\\\",\"isBase64Encoded\":false}", r);
    }
}
