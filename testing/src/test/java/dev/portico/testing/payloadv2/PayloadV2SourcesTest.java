package dev.portico.testing.payloadv2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.api.Headers;
import dev.portico.api.QueryParams;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import dev.portico.source.apigw.http.ApiGatewayHttpSource;
import dev.portico.source.function.url.LambdaFunctionUrlSource;
import dev.portico.source.payloadv2.PayloadV2Source;
import dev.portico.testkit.SourceIo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One suite over both payload format 2.0 sources (API Gateway HTTP API and Lambda Function URL),
 * which share {@link PayloadV2Source}: identity and registration, {@code writeEvent} and
 * {@code readResponse} as the inverses of decode and encode, the typed response, and the typed event
 * built only on demand. What differs between them (detection, stage stripping, their authored events)
 * stays in each module's own tests.
 */
class PayloadV2SourcesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // On the module path this module (dev.portico.testing, with its tests patched in) does not
        // require the sources; read them before any of their classes is touched.
        Module self = PayloadV2SourcesTest.class.getModule();
        for (String name : List.of("dev.portico.source.apigw.http", "dev.portico.source.function.url",
                "dev.portico.source.payloadv2", "aws.lambda.java.events")) {
            Optional<Module> module = ModuleLayer.boot().findModule(name);
            if (self.isNamed() && module.isPresent()) {
                self.addReads(module.get());
            }
        }
    }

    /** A source and what is particular to it. */
    record Case(PayloadV2Source source, int priority, String domain, Function<WireResponse, APIGatewayV2HTTPResponse> typed) {
        @Override
        public String toString() {
            return source.id();
        }
    }

    static Stream<Case> sources() {
        return Stream.of(
                new Case(new ApiGatewayHttpSource(), 50, "local.execute-api.us-east-1.amazonaws.com",
                        ApiGatewayHttpSource::toResponseEvent),
                new Case(new LambdaFunctionUrlSource(), 100, "local.lambda-url.us-east-1.on.aws",
                        LambdaFunctionUrlSource::toResponseEvent));
    }

    private static SourceRequest request() {
        return SourceRequest.builder("any")
                .method("PATCH")
                .path("/todos/7")
                .headers(Headers.builder().add("Content-Type", "application/json").add("X-Tag", "a")
                        .add("x-tag", "b").add("Cookie", "session=s1; theme=dark").add("User-Agent", "test").build())
                .queryParams(QueryParams.builder().add("tag", "a b").add("tag", "c&d").add("q", "é=1").build())
                .body("{\"done\":true}", false)
                .requestId("req-2")
                .sourceIp("198.51.100.4")
                .build();
    }

    @ParameterizedTest
    @MethodSource("sources")
    void identifiesItselfAndIsRegistered(Case c) {
        assertEquals(c.priority(), c.source().priority());
        assertEquals(c.source().id(), c.source().toString());
        Class<?> type = c.source().getClass();
        Module module = type.getModule();
        if (module.isNamed()) {
            assertTrue(module.getDescriptor().provides().stream().anyMatch(p -> p.service().equals(EventSource.class.getName())
                    && p.providers().equals(List.of(type.getName()))));
        } else {
            assertTrue(ServiceLoader.load(EventSource.class).stream().anyMatch(p -> p.type() == type));
        }
        Module shared = PayloadV2Source.class.getModule();
        if (shared.isNamed()) {
            assertEquals(Set.of(), shared.getDescriptor().provides(), "the shared module registers no service");
        }
    }

    @ParameterizedTest
    @MethodSource("sources")
    void writesTheEventTheServiceWouldSend(Case c) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(SourceIo.write(c.source(), request()));
        ObjectNode context = (ObjectNode) tree.get("requestContext");
        assertTrue(context.remove("timeEpoch").isNumber());
        assertTrue(context.remove("time").asText().matches("\\d\\d/\\w{3}/\\d{4}:\\d\\d:\\d\\d:\\d\\d \\+0000"));
        assertEquals(JSON.readTree("{\"version\":\"2.0\",\"routeKey\":\"$default\",\"rawPath\":\"/todos/7\","
                + "\"rawQueryString\":\"tag=a+b&tag=c%26d&q=%C3%A9%3D1\",\"cookies\":[\"session=s1\",\"theme=dark\"],"
                + "\"headers\":{\"Content-Type\":\"application/json\",\"X-Tag\":\"a,b\",\"User-Agent\":\"test\"},"
                + "\"queryStringParameters\":{\"tag\":\"a b,c&d\",\"q\":\"é=1\"},"
                + "\"requestContext\":{\"accountId\":\"123456789012\",\"apiId\":\"local\","
                + "\"domainName\":\"" + c.domain() + "\",\"domainPrefix\":\"local\","
                + "\"http\":{\"method\":\"PATCH\",\"path\":\"/todos/7\",\"protocol\":\"HTTP/1.1\","
                + "\"sourceIp\":\"198.51.100.4\",\"userAgent\":\"test\"},\"requestId\":\"req-2\","
                + "\"routeKey\":\"$default\",\"stage\":\"$default\"},"
                + "\"body\":\"{\\\"done\\\":true}\",\"isBase64Encoded\":false}"), tree);
    }

    @ParameterizedTest
    @MethodSource("sources")
    void decodeOfWriteEventGivesTheRequestBack(Case c) throws IOException {
        SourceRequest original = request();
        EventJson event = SourceIo.event(SourceIo.write(c.source(), original));
        assertTrue(c.source().recognizes(event));
        SourceRequest back = c.source().decode(event);
        assertEquals("PATCH", back.method());
        assertEquals("/todos/7", back.path());
        assertEquals(Headers.builder().add("Content-Type", "application/json").add("X-Tag", "a,b")
                .add("User-Agent", "test").build(), back.headers(), "repeated values joined, Cookie moved to cookies");
        assertEquals(original.queryParams(), back.queryParams());
        assertEquals(List.of("session=s1", "theme=dark"), back.cookies());
        assertEquals(original.body(), back.body());
        assertFalse(back.base64Encoded());
        assertEquals("req-2", back.requestId());
        assertEquals("198.51.100.4", back.sourceIp());
        assertEquals(c.source().id(), back.source());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void singleValuedRequestsComeBackUnchanged(Case c) throws IOException {
        SourceRequest original = SourceRequest.builder("any").method("GET").path("/a%2Fb")
                .headers(Headers.builder().add("Accept", "image/png").build())
                .cookies(List.of("a=1"))
                .body("AAEC/w==", true).build();
        SourceRequest back = c.source().decode(SourceIo.event(SourceIo.write(c.source(), original)));
        assertEquals(original.path(), back.path());
        assertEquals(original.headers(), back.headers());
        assertEquals(List.of("a=1"), back.cookies());
        assertEquals("AAEC/w==", back.body());
        assertTrue(back.base64Encoded());
        assertEquals(QueryParams.empty(), back.queryParams());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void readResponseOfEncodeGivesTheResponseBack(Case c) throws IOException {
        WireResponse original = new WireResponse(201,
                Headers.builder().add("Content-Type", "image/png").add("Vary", "Origin").build(),
                List.of("session=abc; Secure; HttpOnly", "theme=dark; Path=/"), "iVBORw0KGgo=", true);
        assertEquals(original, c.source().readResponse(SourceIo.event(SourceIo.encode(c.source(), original))));
        WireResponse empty = new WireResponse(204, Headers.empty(), List.of(), "", false);
        assertEquals(empty, c.source().readResponse(SourceIo.event(SourceIo.encode(c.source(), empty))));
    }

    @ParameterizedTest
    @MethodSource("sources")
    void readResponseJoinsRepeatedHeadersAsTheFormatDoes(Case c) throws IOException {
        WireResponse original = new WireResponse(200,
                Headers.builder().add("X-Tag", "a").add("X-Tag", "b").build(), List.of(), "ok", false);
        WireResponse back = c.source().readResponse(SourceIo.event(SourceIo.encode(c.source(), original)));
        assertEquals(List.of("a, b"), back.headers().all("X-Tag"));
        assertThrows(IllegalArgumentException.class, () -> c.source().readResponse(SourceIo.event("{\"body\":\"x\"}")));
    }

    @ParameterizedTest
    @MethodSource("sources")
    void convertsToTypedResponse(Case c) {
        Headers headers = Headers.builder().add("Vary", "Origin").add("Vary", "Accept")
                .add("Content-Type", "text/plain").build();
        APIGatewayV2HTTPResponse t = c.typed().apply(new WireResponse(404, headers, List.of("c=1"), "nope", false));
        assertEquals(404, t.getStatusCode());
        assertEquals(Map.of("Vary", "Origin, Accept", "Content-Type", "text/plain"), t.getHeaders());
        assertNull(t.getMultiValueHeaders());
        assertEquals(List.of("c=1"), t.getCookies());
        assertEquals("nope", t.getBody());
        assertFalse(t.getIsBase64Encoded());
    }

    /** Decoding in a fresh class loader must not load the AWS event classes nor Jackson databind. */
    @ParameterizedTest
    @MethodSource("sources")
    @SuppressWarnings("unchecked")
    void buildsTheTypedEventOnlyOnDemand(Case c) throws Exception {
        Class<?> type = c.source().getClass();
        URL[] urls = {location(type), location(LazyProbe.class), location(EventSource.class),
            location(JsonFactory.class), location(ObjectMapper.class), location(APIGatewayV2HTTPEvent.class),
            location(PayloadV2Source.class)};
        byte[] event = SourceIo.write(c.source(), request()).getBytes(StandardCharsets.UTF_8);
        try (Isolated loader = new Isolated(urls)) {
            BiFunction<String, byte[], Object> probe = (BiFunction<String, byte[], Object>) loader
                    .loadClass(LazyProbe.class.getName()).getConstructor().newInstance();
            Supplier<?> typed = (Supplier<?>) probe.apply(type.getName(), event);
            assertSame(loader, probe.getClass().getClassLoader());
            assertTrue(loader.loaded(type.getName()));
            assertFalse(loader.loaded(APIGatewayV2HTTPEvent.class.getName()));
            assertFalse(loader.loaded(ObjectMapper.class.getName()));
            Object built = typed.get();
            assertEquals(APIGatewayV2HTTPEvent.class.getName(), built.getClass().getName());
            assertTrue(loader.loaded(APIGatewayV2HTTPEvent.class.getName()));
            assertFalse(loader.loaded(ObjectMapper.class.getName()));
        }
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    /** A class loader that sees only the given jars and folders, and tells what it has loaded. */
    private static final class Isolated extends URLClassLoader {
        Isolated(URL[] urls) {
            super(urls, null); // the boot loader: the platform loader would delegate to the test's loader
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }
}
