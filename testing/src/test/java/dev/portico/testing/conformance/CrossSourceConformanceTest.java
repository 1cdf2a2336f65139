package dev.portico.testing.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.Cookie;
import dev.portico.api.Response;
import dev.portico.api.ServiceError;
import dev.portico.core.Resolver;
import dev.portico.testing.EventFormat;
import dev.portico.testing.Events;
import dev.portico.testing.HttpApiEventBuilder;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One application, auto-detecting its event source among the six built-in ones (all on the test
 * class path, found by discovery), asked the same logical requests in every Lambda event format. Each
 * answer is checked as the exact JSON the format's AWS service expects ({@link Answer#wire}), and each
 * request must have been decoded by the right source.
 */
class CrossSourceConformanceTest {

    /** The source auto-detection must pick for each format: all six, the ambiguous pairs included. */
    static final Map<EventFormat, String> SOURCE_IDS = new EnumMap<>(Map.of(
            EventFormat.REST, "apigw-rest",
            EventFormat.HTTP_API, "apigw-http",
            EventFormat.FUNCTION_URL, "function-url",
            EventFormat.ALB, "alb",
            EventFormat.ALB_MULTI_VALUE, "alb",
            EventFormat.VPC_LATTICE, "vpc-lattice",
            EventFormat.VPC_LATTICE_V2, "vpc-lattice-v2"));

    static final Resolver APP = app();

    private static Resolver app() {
        var b = Resolver.builder().debug(false).stripPrefixes("/api");
        b.get("/", r -> "root");
        b.get("/json", r -> orderedMap("message", "hello", "n", 1));
        b.get("/text", r -> "plain text");
        b.get("/binary", r -> new byte[] {0, 1, 2, (byte) 0xff});
        b.get("/response", r -> Response.status(201)
                .header("X-Multi", "a")
                .header("X-Multi", "b")
                .cookie(Cookie.of("session", "abc").withPath("/").withHttpOnly(true))
                .cookie(Cookie.of("theme", "dark"))
                .contentType("text/plain")
                .body("created")
                .build());
        b.get("/items/{id}", r -> r.pathParam("id"));
        b.get("/search", r -> orderedMap("tag", r.queryParams().all("tag"), "q", r.queryParam("q")));
        b.get("/conflict", r -> {
            throw new ServiceError(409, "Already exists");
        });
        b.get("/boom", r -> {
            throw new IllegalStateException("db password=hunter2");
        });
        b.get("/whoami", r -> r.source());
        b.post("/echo", r -> orderedMap("x-in", r.headers().all("X-In"), "cookie", r.cookie("c"),
                "ip", r.sourceIp(), "requestId", r.requestId(), "body", r.json()));
        return b.build();
    }

    private static Map<String, Object> orderedMap(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /**
     * One logical request and the answer expected for it; {@code answers} gives it per format, for
     * the few requests a format cannot carry the same way (repeated query values).
     */
    record Case(String name, String method, String path, Function<EventFormat, Answer> answers) {
        static Case same(String name, String method, String path, Answer answer) {
            return new Case(name, method, path, f -> answer);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final Answer TEXT = Answer.ok().text("plain text");

    /** What {@code GET /response} answers; spelled out per format in {@link #RESPONSE_WIRE}. */
    static final Answer RESPONSE = Answer.of(201, "Created").header("X-Multi", "a", "b")
            .header("Content-Type", "text/plain")
            .cookies("session=abc; Path=/; Secure; HttpOnly", "theme=dark; Secure")
            .body("created");

    static List<Case> cases() {
        return List.of(
                Case.same("JSON result", "GET", "/json", Answer.ok().json("{\"message\":\"hello\",\"n\":1}")),
                Case.same("text result", "GET", "/text", TEXT),
                Case.same("binary result", "GET", "/binary",
                        Answer.ok().header("Content-Type", "application/octet-stream").base64("AAEC/w==")),
                Case.same("Response with a repeated header and two cookies", "GET", "/response", RESPONSE),
                Case.same("percent-encoded path parameter", "GET", "/items/caf%C3%A9%20au%20lait%2F2",
                        Answer.ok().text("café au lait/2")),
                new Case("repeated query parameters", "GET", "/search?tag=a&q=x+y%26z%20100%25&tag=b",
                        CrossSourceConformanceTest::searchAnswer),
                Case.same("thrown ServiceError", "GET", "/conflict",
                        Answer.of(409, "Conflict").json("{\"statusCode\":409,\"message\":\"Already exists\"}")),
                Case.same("unhandled exception: 500 without internals", "GET", "/boom",
                        Answer.of(500, "Internal Server Error")
                                .json("{\"statusCode\":500,\"message\":\"Internal Server Error\"}")),
                Case.same("no route: 404", "GET", "/nowhere",
                        Answer.of(404, "Not Found").json("{\"statusCode\":404,\"message\":\"Not found\"}")),
                Case.same("other method only: 405 with Allow", "DELETE", "/json",
                        Answer.of(405, "Method Not Allowed").header("Allow", "GET, HEAD")
                                .json("{\"statusCode\":405,\"message\":\"Method not allowed\"}")),
                Case.same("trailing slash", "GET", "/text/", TEXT),
                Case.same("stripped prefix", "GET", "/api/text", TEXT),
                Case.same("stripped prefix alone is the root", "GET", "/api", Answer.ok().text("root")),
                new Case("source id", "GET", "/whoami", f -> Answer.ok().text(SOURCE_IDS.get(f))));
    }

    /**
     * {@code ?tag=a&q=x+y%26z%20100%25&tag=b}: every format carries both tags, except ALB without
     * multi-value headers (the service keeps the last value) and VPC Lattice v1 (one string per name:
     * the values joined with commas, as for headers). {@code q} arrives decoded exactly once everywhere:
     * ALB passes it still encoded and its source decodes it; API Gateway and VPC Lattice pass it
     * decoded and their sources leave it alone (a second decoding would choke on {@code 100%}).
     */
    static Answer searchAnswer(EventFormat format) {
        String tags = switch (format) {
            case ALB -> "[\"b\"]";
            case VPC_LATTICE -> "[\"a,b\"]";
            default -> "[\"a\",\"b\"]";
        };
        return Answer.ok().json("{\"tag\":" + tags + ",\"q\":\"x y&z 100%\"}");
    }

    static Stream<Arguments> everyCaseInEveryFormat() {
        List<Arguments> out = new ArrayList<>();
        for (Case c : cases()) {
            for (EventFormat f : EventFormat.values()) {
                out.add(Arguments.of(f, c));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyCaseInEveryFormat")
    void answersInTheFormatsOwnWireShape(EventFormat format, Case c) {
        TestResponse r = PorticoClient.of(APP).format(format).request(c.method(), c.path()).send();
        assertEquals(c.answers().apply(format).wire(format), tree(r.raw()), () -> format + " " + c + ": " + r.raw());
    }

    /**
     * The request side: a repeated header, a cookie, the client IP, the request id and a JSON body
     * reach the handler alike from every format, within what the format carries: HTTP API, Function
     * URL and VPC Lattice v1 join a repeated header into one comma-separated value, ALB without
     * multi-value headers keeps the last one. ALB and VPC Lattice events carry no request id, so the
     * Lambda request id is used; their client IP comes from {@code X-Forwarded-For}.
     */
    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void requestPartsReachTheHandlerAlike(EventFormat format) {
        TestResponse r = PorticoClient.of(APP).format(format).post("/echo")
                .header("X-In", "a").header("X-In", "b").cookie("c", "v 1").sourceIp("198.51.100.7")
                .requestId("req-1").jsonBody("{\"n\":1}").send();
        String xIn = switch (format) {
            case HTTP_API, FUNCTION_URL, VPC_LATTICE -> "[\"a,b\"]";
            case ALB -> "[\"b\"]";
            default -> "[\"a\",\"b\"]";
        };
        Answer expected = Answer.ok().json("{\"x-in\":" + xIn
                + ",\"cookie\":\"v 1\",\"ip\":\"198.51.100.7\",\"requestId\":\"req-1\",\"body\":{\"n\":1}}");
        assertEquals(expected.wire(format), tree(r.raw()), r::raw);
    }

    /**
     * The same answer ({@code GET /response}) written out in full for each format, as a reader of the
     * AWS documentation would expect it: the shapes {@link Answer#wire} generates, spelled out.
     */
    static final Map<EventFormat, String> RESPONSE_WIRE = new EnumMap<>(Map.of(
            EventFormat.REST, """
                {"statusCode":201,
                 "multiValueHeaders":{"X-Multi":["a","b"],"Content-Type":["text/plain"],
                   "Set-Cookie":["session=abc; Path=/; Secure; HttpOnly","theme=dark; Secure"]},
                 "body":"created","isBase64Encoded":false}""",
            EventFormat.HTTP_API, """
                {"statusCode":201,
                 "headers":{"X-Multi":"a, b","Content-Type":"text/plain"},
                 "cookies":["session=abc; Path=/; Secure; HttpOnly","theme=dark; Secure"],
                 "body":"created","isBase64Encoded":false}""",
            EventFormat.FUNCTION_URL, """
                {"statusCode":201,
                 "headers":{"X-Multi":"a, b","Content-Type":"text/plain"},
                 "cookies":["session=abc; Path=/; Secure; HttpOnly","theme=dark; Secure"],
                 "body":"created","isBase64Encoded":false}""",
            EventFormat.ALB, """
                {"statusCode":201,"statusDescription":"201 Created",
                 "headers":{"X-Multi":"a, b","Content-Type":"text/plain","Set-Cookie":"theme=dark; Secure"},
                 "body":"created","isBase64Encoded":false}""",
            EventFormat.ALB_MULTI_VALUE, """
                {"statusCode":201,"statusDescription":"201 Created",
                 "multiValueHeaders":{"X-Multi":["a","b"],"Content-Type":["text/plain"],
                   "Set-Cookie":["session=abc; Path=/; Secure; HttpOnly","theme=dark; Secure"]},
                 "body":"created","isBase64Encoded":false}""",
            EventFormat.VPC_LATTICE, """
                {"statusCode":201,"statusDescription":"201 Created",
                 "headers":{"X-Multi":"a, b","Content-Type":"text/plain","Set-Cookie":"theme=dark; Secure"},
                 "body":"created","isBase64Encoded":false}""",
            EventFormat.VPC_LATTICE_V2, """
                {"statusCode":201,"statusDescription":"201 Created",
                 "headers":{"X-Multi":"a, b","Content-Type":"text/plain","Set-Cookie":"theme=dark; Secure"},
                 "body":"created","isBase64Encoded":false}"""));

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void responseWithRepeatedHeaderAndCookiesSpelledOut(EventFormat format) {
        TestResponse r = PorticoClient.of(APP).format(format).get("/response").send();
        JsonNode expected = tree(RESPONSE_WIRE.get(format));
        assertEquals(expected, tree(r.raw()), r::raw);
        assertEquals(expected, RESPONSE.wire(format), "the table and Answer.wire agree");
    }

    @Test
    void everyFormatIsDetectedAndTheSixSourcesAreDiscovered() {
        List<String> ids = APP.sources().stream().map(s -> s.id()).toList();
        assertEquals(List.of("function-url", "alb", "vpc-lattice-v2", "vpc-lattice", "apigw-http", "apigw-rest"), ids,
                "detection order is descending priority: 100, 80, 70, 60, 50, 10");
        assertEquals(EventFormat.values().length, SOURCE_IDS.size());
    }

    /** HTTP API v2 and Function URL events differ only in {@code requestContext.domainName}. */
    @Test
    void httpApiAndFunctionUrlAreToldApartByTheDomainName() {
        String httpApi = Events.httpApi().path("/whoami").build();
        String functionUrl = Events.functionUrl().path("/whoami").build();
        assertEquals("apigw-http", body(APP.resolve(httpApi, null)));
        assertEquals("function-url", body(APP.resolve(functionUrl, null)));
        // The same HTTP API event moved to a Function URL host is a Function URL event.
        String moved = httpApi.replace("a1b2c3d4e5.execute-api.us-east-1.amazonaws.com",
                "abc.lambda-url.us-east-1.on.aws");
        assertFalse(moved.equals(httpApi));
        assertEquals("function-url", body(APP.resolve(moved, null)));
    }

    /** VPC Lattice v2 and HTTP API events both say version 2.0; only the HTTP shapes have requestContext.http. */
    @Test
    void latticeV2AndHttpApiAreToldApartByRequestContextHttp() {
        assertEquals("vpc-lattice-v2", body(APP.resolve(Events.vpcLatticeV2().path("/whoami").build(), null)));
        assertEquals("apigw-http", body(APP.resolve(Events.httpApi().path("/whoami").build(), null)));
        assertEquals("vpc-lattice", body(APP.resolve(Events.vpcLattice().path("/whoami").build(), null)));
    }

    /** An HTTP API stage other than {@code $default} prefixes rawPath; the source removes it. */
    @Test
    void httpApiStageIsStrippedBeforeRouting() {
        TestResponse r = PorticoClient.of(APP).format(EventFormat.HTTP_API).get("/whoami")
                .customize(HttpApiEventBuilder.class, e -> e.stage("dev")).send();
        assertEquals(Answer.ok().text("apigw-http").wire(EventFormat.HTTP_API), tree(r.raw()), r::raw);
    }

    private static String body(String wire) {
        return tree(wire).get("body").asText();
    }

    static JsonNode tree(String json) {
        try {
            return Answer.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }
}
