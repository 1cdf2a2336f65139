package dev.portico.source.alb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import dev.portico.api.Headers;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import dev.portico.testkit.IsolatedLoader;
import dev.portico.testkit.ResourceEvents;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AlbTypedTest {
    private static final String TYPED = "com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent";

    @Test
    void typedEventIsBuiltFromTheJsonOnDemand() {
        SourceRequest r = new AlbSource().decode(ResourceEvents.json("alb-single.json"));
        ApplicationLoadBalancerRequestEvent e = assertInstanceOf(ApplicationLoadBalancerRequestEvent.class, r.event().get());
        assertEquals("post", e.getHttpMethod());
        assertEquals("/orders/42", e.getPath());
        assertEquals("arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/portico-tg/0123456789abcdef",
                e.getRequestContext().getElb().getTargetGroupArn());
        assertEquals("caf%C3%A9+au+lait", e.getQueryStringParameters().get("q"), "as ALB sent it");
        assertEquals("text/plain", e.getHeaders().get("Content-Type"));
        assertNull(e.getMultiValueHeaders());
        assertNull(e.getMultiValueQueryStringParameters());
        assertEquals("hello ALB", e.getBody());
        assertFalse(e.getIsBase64Encoded());

        ApplicationLoadBalancerRequestEvent m = (ApplicationLoadBalancerRequestEvent)
                new AlbSource().decode(ResourceEvents.json("alb-multi.json")).event().get();
        assertEquals(List.of("1", "2%2C3"), m.getMultiValueQueryStringParameters().get("id"));
        assertEquals(List.of("application/json", "text/plain"), m.getMultiValueHeaders().get("accept"));
        assertNull(m.getHeaders());
        assertTrue(m.getIsBase64Encoded());
    }

    @Test
    void decodesTypedEvents() {
        ApplicationLoadBalancerRequestEvent e = new ApplicationLoadBalancerRequestEvent();
        e.setHttpMethod("patch");
        e.setPath("/a%20b");
        e.setMultiValueHeaders(Map.of("X-Forwarded-For", List.of("203.0.113.9, 10.0.0.1")));
        e.setMultiValueQueryStringParameters(Map.of("k%2B", List.of("v+1", "%E2%9C%93")));
        e.setBody("e30=");
        e.setIsBase64Encoded(true);
        SourceRequest r = AlbSource.decode(e);
        assertEquals("alb", r.source());
        assertEquals("PATCH", r.method());
        assertEquals("/a%20b", r.path());
        assertEquals(Map.of("k+", List.of("v 1", "✓")), r.queryParams().asMap());
        assertEquals("203.0.113.9", r.sourceIp());
        assertTrue(r.base64Encoded());
        assertTrue(AlbSource.isMultiValue(r));
        assertSame(e, r.event().get());

        ApplicationLoadBalancerRequestEvent single = new ApplicationLoadBalancerRequestEvent();
        single.setHttpMethod("GET");
        single.setHeaders(Map.of("host", "example.com"));
        SourceRequest s = AlbSource.decode(single);
        assertFalse(AlbSource.isMultiValue(s));
        assertEquals("/", s.path());
        assertEquals("example.com", s.headers().first("Host"));
        assertTrue(s.queryParams().isEmpty());
        assertNull(s.body());
    }

    @Test
    void convertsToTypedResponses() {
        WireResponse w = new WireResponse(200, Headers.builder().add("Vary", "a").add("Vary", "b")
                .add("Content-Type", "text/plain").build(), List.of("x=1", "y=2"), "hi", false);
        ApplicationLoadBalancerResponseEvent single = AlbSource.toResponseEvent(w, false);
        assertEquals(200, single.getStatusCode());
        assertEquals("200 OK", single.getStatusDescription());
        assertEquals(Map.of("Vary", "a, b", "Content-Type", "text/plain", "Set-Cookie", "y=2"), single.getHeaders());
        assertNull(single.getMultiValueHeaders());
        assertEquals("hi", single.getBody());
        assertFalse(single.getIsBase64Encoded());

        ApplicationLoadBalancerResponseEvent multi = AlbSource.toResponseEvent(w, true);
        assertEquals(Map.of("Vary", List.of("a", "b"), "Content-Type", List.of("text/plain"),
                "Set-Cookie", List.of("x=1", "y=2")), multi.getMultiValueHeaders());
        assertNull(multi.getHeaders());
    }

    /** Decoding and encoding load neither the AWS event types nor Jackson databind; asking for the event does. */
    @Test
    void typedEventLoadsOnlyWhenAskedFor() throws Exception {
        try (IsolatedLoader loader = new IsolatedLoader()) {
            Class<?> eventJson = loader.loadClass("dev.portico.api.spi.EventJson");
            Object map = eventJson.getMethod("parse", byte[].class)
                    .invoke(null, (Object) ResourceEvents.text("alb-multi.json").getBytes(StandardCharsets.UTF_8));
            Object json = eventJson.getMethod("of", Map.class).invoke(null, map);
            Object source = loader.loadClass(AlbSource.class.getName()).getConstructor().newInstance();
            Class<?> spi = loader.loadClass("dev.portico.api.spi.EventSource");
            assertEquals(Boolean.TRUE, spi.getMethod("recognizes", eventJson).invoke(source, json));
            Object request = spi.getMethod("decode", eventJson).invoke(source, json);
            Class<?> wire = loader.loadClass("dev.portico.api.spi.WireResponse");
            Class<?> headers = loader.loadClass("dev.portico.api.Headers");
            Object response = wire.getConstructors()[0].newInstance(200, headers.getMethod("empty").invoke(null),
                    List.of("a=1"), "ok", false);
            Object factory = eventJson.getMethod("factory").invoke(null);
            Method create = factory.getClass().getMethod("createGenerator", java.io.Writer.class);
            StringWriter out = new StringWriter();
            try (AutoCloseable generator = (AutoCloseable) create.invoke(factory, out)) {
                Class<?> gen = loader.loadClass("com.fasterxml.jackson.core.JsonGenerator");
                spi.getMethod("encode", wire, request.getClass(), gen).invoke(source, response, request, generator);
            }
            assertTrue(out.toString().contains("\"multiValueHeaders\""), out.toString());
            assertFalse(loader.loaded(TYPED), "decode must not load the typed event");
            assertFalse(loader.loaded("com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent"));
            assertFalse(loader.loaded("com.fasterxml.jackson.databind.ObjectMapper"));

            Supplier<?> supplier = (Supplier<?>) request.getClass().getMethod("event").invoke(request);
            Object typed = supplier.get();
            assertEquals(TYPED, typed.getClass().getName());
            assertSame(loader, typed.getClass().getClassLoader(), String.valueOf(typed.getClass().getClassLoader()));
            assertTrue(loader.loaded(TYPED));
            assertFalse(loader.loaded("com.fasterxml.jackson.databind.ObjectMapper"));
        }
    }
}
