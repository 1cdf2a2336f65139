package dev.portico.source.function.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.Cookie;
import dev.portico.api.Response;
import dev.portico.api.UnsupportedEventException;
import dev.portico.core.Resolver;
import dev.portico.testkit.NamedEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LambdaFunctionUrlResolverTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LambdaFunctionUrlResolver APP = app();

    private static LambdaFunctionUrlResolver app() {
        Resolver.TypedBuilder<LambdaFunctionUrlResolver> b = LambdaFunctionUrlResolver.builder().debug(false);
        b.get("/reports/{year}", r -> {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("year", r.pathParam("year"));
            report.put("format", r.queryParam("format"));
            return report;
        });
        b.get("/", r -> "home");
        b.get("/raw", r -> new byte[] {(byte) 0xca, (byte) 0xfe});
        b.get("/domain", r -> r.event(APIGatewayV2HTTPEvent.class).getRequestContext().getDomainName());
        b.put("/uploads/{name}", r -> Response.status(200)
                .header("Vary", "Origin").header("Vary", "Accept")
                .header("X-Name", r.pathParam("name")).header("X-Sid", r.cookie("sid")).header("X-Lang", r.cookie("lang"))
                .header("X-Sizes", String.join("|", r.queryParams().all("size"))).header("X-Caption", r.queryParam("caption"))
                .cookie(Cookie.of("sid", "43")).cookie(Cookie.of("lang", "fr").withPath("/"))
                .cookie(Cookie.of("seen", "1").withSecure(false))
                .contentType("image/png").body(r.bodyBytes())
                .build());
        return b.build();
    }

    private static String event(String method, String rawPath, String rawQuery) throws Exception {
        Map<String, Object> e = NamedEvents.map("function-url-get.json");
        e.put("rawPath", rawPath);
        e.put("rawQueryString", rawQuery);
        NamedEvents.object(NamedEvents.object(e, "requestContext"), "http").put("method", method);
        return MAPPER.writeValueAsString(e);
    }

    private static JsonNode tree(String json) throws Exception {
        return MAPPER.readTree(json.replace('\'', '"'));
    }

    @Test
    void answersJsonWithPathParams() throws Exception {
        assertEquals(tree("{'statusCode':200,'headers':{'Content-Type':'application/json'},'cookies':[],"
                + "'body':'{\\'year\\':\\'2025\\',\\'format\\':\\'csv\\'}','isBase64Encoded':false}"),
                MAPPER.readTree(APP.resolve(event("GET", "/reports/2025", "format=csv"), null)));
    }

    @Test
    void answersTextAndBinary() throws Exception {
        assertEquals(tree("{'statusCode':200,'headers':{'Content-Type':'text/plain; charset=utf-8'},'cookies':[],"
                + "'body':'home','isBase64Encoded':false}"),
                MAPPER.readTree(APP.resolve(event("GET", "/", ""), null)));
        assertEquals(tree("{'statusCode':200,'headers':{'Content-Type':'application/octet-stream'},'cookies':[],"
                + "'body':'yv4=','isBase64Encoded':true}"),
                MAPPER.readTree(APP.resolve(event("GET", "/raw", ""), null)));
    }

    @Test
    void passesCookiesQueryAndBinaryBodyAndWritesSeveralCookies() throws Exception {
        String json = new String(NamedEvents.bytes("function-url-post.json"), StandardCharsets.UTF_8);
        JsonNode out = MAPPER.readTree(APP.resolve(json, null));
        assertEquals(tree("{'statusCode':200,'headers':{'Vary':'Origin, Accept','X-Name':'photo one.png',"
                + "'X-Sid':'42','X-Lang':'en','X-Sizes':'s|m','X-Caption':'sun & sea','Content-Type':'image/png'},"
                + "'cookies':['sid=43; Secure','lang=fr; Path=/; Secure','seen=1'],"
                + "'body':'iVBORw0KGgo=','isBase64Encoded':true}"), out);
    }

    @Test
    void answersNotFoundAndMethodNotAllowed() throws Exception {
        assertEquals(tree("{'statusCode':404,'headers':{'Content-Type':'application/json'},'cookies':[],"
                + "'body':'{\\'statusCode\\':404,\\'message\\':\\'Not found\\'}','isBase64Encoded':false}"),
                MAPPER.readTree(APP.resolve(event("GET", "/reports", ""), null)));
        assertEquals(tree("{'statusCode':405,'headers':{'Allow':'GET, HEAD','Content-Type':'application/json'},"
                + "'cookies':[],'body':'{\\'statusCode\\':405,\\'message\\':\\'Method not allowed\\'}',"
                + "'isBase64Encoded':false}"),
                MAPPER.readTree(APP.resolve(event("POST", "/reports/2025", ""), null)));
    }

    @Test
    void neverStripsAStage() throws Exception {
        Map<String, Object> e = NamedEvents.map("function-url-get.json");
        e.put("rawPath", "/prod/reports/1");
        NamedEvents.object(e, "requestContext").put("stage", "prod");
        assertEquals(404, MAPPER.readTree(APP.resolve(MAPPER.writeValueAsString(e), null)).get("statusCode").asInt());
    }

    @Test
    void answersStreamsAndGivesTheTypedEvent() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        APP.handleRequest(new ByteArrayInputStream(event("GET", "/domain", "").getBytes(StandardCharsets.UTF_8)), out, null);
        assertEquals(tree("{'statusCode':200,'headers':{'Content-Type':'text/plain; charset=utf-8'},'cookies':[],"
                + "'body':'k3xq7example.lambda-url.eu-west-1.on.aws','isBase64Encoded':false}"),
                MAPPER.readTree(out.toByteArray()));
    }

    @Test
    void answersTypedEventsThroughDispatch() {
        APIGatewayV2HTTPEvent typed = (APIGatewayV2HTTPEvent) new LambdaFunctionUrlSource()
                .decode(NamedEvents.json("function-url-get.json")).event().get();
        typed.setRawPath("/reports/1999");
        typed.setRawQueryString("format=pdf");
        APIGatewayV2HTTPResponse r = LambdaFunctionUrlSource.toResponseEvent(
                APP.dispatch(LambdaFunctionUrlSource.decode(typed), null));
        assertEquals(200, r.getStatusCode());
        assertEquals(Map.of("Content-Type", "application/json"), r.getHeaders());
        assertEquals(List.of(), r.getCookies());
        assertEquals("{\"year\":\"1999\",\"format\":\"pdf\"}", r.getBody());
        assertFalse(r.getIsBase64Encoded());
    }

    @Test
    void refusesOtherEventsAndIsDiscovered() throws Exception {
        String http = MAPPER.writeValueAsString(NamedEvents.map("http-api.json"));
        assertThrows(UnsupportedEventException.class, () -> APP.resolve(http, null));
        var b = Resolver.builder().debug(false);
        b.get("/who", r -> r.source());
        Resolver discovered = b.build();
        assertTrue(discovered.sources().stream().anyMatch(s -> s instanceof LambdaFunctionUrlSource));
        assertEquals("function-url", MAPPER.readTree(discovered.resolve(event("GET", "/who", ""), null))
                .get("body").asText());
    }
}
