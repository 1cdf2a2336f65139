package dev.portico.source.payloadv2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.BadRequestError;
import dev.portico.api.Headers;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadV2Test {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @SuppressWarnings("unchecked")
    private static EventJson event(String json) throws IOException {
        return EventJson.of((Map<String, Object>) EventJson.parse(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void decodesEveryPart() throws IOException {
        EventJson e = event("{'version':'2.0','rawPath':'/a%20b/c','rawQueryString':'x=1&x=2&y=a%26b+c',"
                + "'queryStringParameters':{'x':'1,2'},'cookies':['s=1','t=2'],"
                + "'headers':{'Accept':'a, b','X-N':7},'body':'aGk=','isBase64Encoded':true,"
                + "'requestContext':{'requestId':'r1','http':{'method':'post','sourceIp':'1.2.3.4'}}}");
        SourceRequest r = PayloadV2.decode("src", e).build();
        assertEquals("src", r.source());
        assertEquals("POST", r.method());
        assertEquals("/a%20b/c", r.path());
        assertEquals(Map.of("x", List.of("1", "2"), "y", List.of("a&b c")), r.queryParams().asMap());
        assertEquals(List.of("a, b"), r.headers().all("accept"));
        assertEquals("7", r.headers().first("x-n"));
        assertEquals(List.of("s=1", "t=2"), r.cookies());
        assertEquals("aGk=", r.body());
        assertTrue(r.base64Encoded());
        assertEquals("r1", r.requestId());
        assertEquals("1.2.3.4", r.sourceIp());
    }

    @Test
    void fallsBackToParametersAndToleratesNulls() throws IOException {
        EventJson e = event("{'version':'2.0','rawPath':null,'rawQueryString':null,'queryStringParameters':{'q':'a,b','n':null},"
                + "'cookies':null,'headers':null,'body':null,'isBase64Encoded':null,"
                + "'requestContext':{'requestId':null,'http':{'method':'GET','path':'/p','sourceIp':null}}}");
        SourceRequest r = PayloadV2.decode("src", e).build();
        assertEquals("/", r.path());
        assertEquals(Map.of("q", List.of("a,b")), r.queryParams().asMap());
        assertNull(r.cookies());
        assertTrue(r.headers().isEmpty());
        assertNull(r.body());
        assertFalse(r.base64Encoded());
        assertNull(r.requestId());
        assertNull(r.sourceIp());
    }

    @Test
    void missingMethodIsBadRequest() throws IOException {
        assertThrows(BadRequestError.class, () -> PayloadV2.decode("src", event("{'version':'2.0'}")));
        assertThrows(BadRequestError.class, () -> PayloadV2.decode("src", event("{'requestContext':{'http':{}}}")));
        assertThrows(BadRequestError.class, () -> PayloadV2.decode("src", event(
                "{'rawQueryString':'a=%zz','requestContext':{'http':{'method':'GET'}}}")));
    }

    @Test
    void typedPartsSkipNulls() {
        Map<String, String> headers = new HashMap<>();
        headers.put("h", null);
        headers.put("k", "v");
        SourceRequest r = PayloadV2.request("src", "GET", null, "", null, headers,
                java.util.Arrays.asList("a=1", null), null, true, null, null).build();
        assertEquals("/", r.path());
        assertEquals(Map.of("k", List.of("v")), r.headers().asMap());
        assertEquals(List.of("a=1"), r.cookies());
        assertFalse(r.base64Encoded());
    }

    @Test
    void detectsTheShape() throws IOException {
        assertTrue(PayloadV2.isHttp(event("{'version':'2.0','requestContext':{'http':{}}}")));
        assertFalse(PayloadV2.isHttp(event("{'version':'2.0','path':'/','method':'GET','requestContext':{}}")));
        assertFalse(PayloadV2.isHttp(event("{'version':'1.0','requestContext':{'http':{}}}")));
        assertFalse(PayloadV2.isHttp(event("{'version':'2.0','requestContext':'x'}")));
        assertTrue(PayloadV2.isFunctionUrl(event(
                "{'version':'2.0','requestContext':{'domainName':'abc.lambda-url.eu-west-1.on.aws','http':{}}}")));
        assertFalse(PayloadV2.isFunctionUrl(event(
                "{'version':'2.0','requestContext':{'domainName':'abc.execute-api.eu-west-1.amazonaws.com','http':{}}}")));
        assertFalse(PayloadV2.isFunctionUrl(event("{'version':'2.0','requestContext':{'http':{}}}")));
    }

    @Test
    void encodesJoinedHeadersAndCookies() throws IOException {
        Headers headers = Headers.builder().add("X-A", "1").add("x-a", "2").add("Set-Cookie", "late=1")
                .add("Content-Type", "text/plain").build();
        WireResponse w = new WireResponse(201, headers, List.of("a=1; Secure", "b=2"), "hi", false);
        StringWriter s = new StringWriter();
        try (JsonGenerator g = EventJson.factory().createGenerator(s)) {
            PayloadV2.encode(w, g);
        }
        assertEquals(MAPPER.readTree(("{'statusCode':201,'headers':{'X-A':'1, 2','Content-Type':'text/plain'},"
                + "'cookies':['a=1; Secure','b=2','late=1'],'body':'hi','isBase64Encoded':false}").replace('\'', '"')),
                MAPPER.readTree(s.toString()));
        assertEquals(List.of("X-A", "Content-Type"), List.copyOf(PayloadV2.headers(w).keySet()));
    }

    @Test
    void encodesEmptyParts() throws IOException {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = EventJson.factory().createGenerator(s)) {
            PayloadV2.encode(new WireResponse(204, Headers.empty(), List.of(), null, true), g);
        }
        assertEquals(MAPPER.readTree("{\"statusCode\":204,\"headers\":{},\"cookies\":[],\"body\":null,\"isBase64Encoded\":true}"),
                MAPPER.readTree(s.toString()));
    }
}
