package dev.portico.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.Cookie;
import dev.portico.api.Response;
import dev.portico.api.UnsupportedEventException;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** A small application answered through every event format, with {@link WireSource} decoding. */
class PorticoClientTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static <B extends Resolver.Builder> B routes(B b) {
        b.get("/hello", req -> Response.builder()
                .header("X-Multi", "a").header("X-Multi", "b")
                .cookie(Cookie.of("session", "abc").withPath("/"))
                .cookie(Cookie.of("theme", "dark"))
                .contentType("text/plain")
                .body("hi " + req.queryParam("name") + " " + req.header("X-In") + " " + req.cookie("c"))
                .build());
        b.post("/echo", req -> req.json());
        b.get("/bytes", req -> new byte[] {1, 2, 3});
        b.get("/whoami", req -> req.source() + " " + req.lambdaContext().getAwsRequestId() + " " + req.requestId());
        return b;
    }

    private static PorticoClient client(EventFormat format) {
        Resolver app = routes(Resolver.builder().discover(false).source(new WireSource(format))).build();
        return PorticoClient.of(app).format(format);
    }

    /** Formats whose single-value headers can carry one Set-Cookie only. */
    private static boolean oneCookie(EventFormat f) {
        return f == EventFormat.ALB || f == EventFormat.VPC_LATTICE || f == EventFormat.VPC_LATTICE_V2;
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void textHeadersAndCookiesRoundTrip(EventFormat format) {
        TestResponse r = client(format).get("/hello").query("name", "x y").header("X-In", "in").cookie("c", "cv").send();
        assertEquals(200, r.status(), r::raw);
        assertEquals("hi x y in cv", r.body());
        assertEquals("text/plain", r.header("content-type"));
        assertEquals(List.of("a", "b"), r.headers("x-multi"));
        assertEquals("a, b", r.header("X-MULTI"));
        List<String> cookies = oneCookie(format) ? List.of("theme=dark; Secure")
                : List.of("session=abc; Path=/; Secure", "theme=dark; Secure");
        assertEquals(cookies, r.cookies());
        assertEquals(cookies, r.headers("Set-Cookie"));
        assertEquals(cookies.get(0), r.header("set-cookie"));
        assertFalse(r.isBase64Encoded());
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void jsonBodiesRoundTrip(EventFormat format) throws IOException {
        TestResponse r = client(format).post("/echo").jsonBody(Map.of("title", "milk", "n", 2)).send();
        assertEquals(200, r.status());
        assertEquals(MAPPER.readTree("{\"title\":\"milk\",\"n\":2}"), r.json());
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals(Map.of("title", "milk", "n", 2), r.json(Map.class));
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void binaryBodiesAreDecoded(EventFormat format) throws IOException {
        TestResponse r = client(format).get("/bytes").send();
        assertTrue(r.isBase64Encoded());
        assertArrayEquals(new byte[] {1, 2, 3}, r.bodyBytes());
        assertEquals("AQID", MAPPER.readTree(r.raw()).get("body").asText());
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void unknownPathsAre404(EventFormat format) {
        TestResponse r = client(format).delete("/nothing").send();
        assertEquals(404, r.status());
        assertEquals("Not found", r.json().get("message").asText());
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void eachFormatIsDetectedAsItself(EventFormat format) {
        Resolver.Builder b = Resolver.builder().discover(false);
        WireSource.all().forEach(b::register);
        PorticoClient client = PorticoClient.of(routes(b).build()).format(format);
        TestRequest request = client.get("/whoami").requestId("req-42");
        assertEquals(new WireSource(format).id() + " req-42 req-42", request.send().body());
        boolean carried = format == EventFormat.REST || format == EventFormat.HTTP_API || format == EventFormat.FUNCTION_URL;
        assertEquals(carried, request.eventJson().contains("\"requestId\":\"req-42\""));
    }

    @Test
    void theDefaultFormatIsRestAndTheDefaultContextHasAnId() {
        PorticoClient client = client(EventFormat.REST);
        assertEquals(EventFormat.REST, PorticoClient.of(Resolver.builder().discover(false).build()).format());
        TestResponse r = client.get("/whoami").send();
        assertEquals("wire-rest test-request-id c6af9ac6-7b61-11e6-9a41-93e8deadbeef", r.body());
        assertEquals("text/plain; charset=utf-8", r.header("Content-Type"));
        TestContext context = new TestContext("ctx-1");
        assertEquals("wire-rest ctx-1 c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
                client.get("/whoami").context(context).send().body());
    }

    @Test
    void everyMethodHelperSendsItsMethod() throws IOException {
        PorticoClient c = client(EventFormat.HTTP_API);
        List<TestRequest> requests = List.of(c.get("/"), c.post("/"), c.put("/"), c.patch("/"), c.delete("/"),
                c.head("/"), c.options("/"), c.request("trace", "/"));
        List<String> methods = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE");
        for (int i = 0; i < methods.size(); i++) {
            assertEquals(methods.get(i), MAPPER.readTree(requests.get(i).eventJson()).at("/requestContext/http/method").asText());
        }
    }

    @Test
    void formatSpecificPartsCanBeCustomized() throws IOException {
        TestRequest r = client(EventFormat.HTTP_API).get("/hello").customize(HttpApiEventBuilder.class, e -> e.stage("dev"));
        assertEquals("/dev/hello", MAPPER.readTree(r.eventJson()).get("rawPath").asText());
        assertEquals(404, r.send().status());
        assertThrows(IllegalStateException.class,
                () -> client(EventFormat.ALB).get("/").customize(HttpApiEventBuilder.class, e -> e.stage("dev")));
    }

    @Test
    void anAppWithoutTheFormatsSourceRejectsTheEvent() {
        PorticoClient c = PorticoClient.of(routes(Resolver.builder().discover(false).register(new WireSource(EventFormat.ALB))).build())
                .format(EventFormat.VPC_LATTICE);
        assertThrows(UnsupportedEventException.class, () -> c.get("/hello").send());
    }
}
