package dev.portico.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** {@link TinySource} and {@link WireHeaders}, the helpers for testing features and middlewares. */
class TinySourceTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static Resolver app() {
        Resolver.Builder b = Resolver.builder().discover(false).register(new TinySource()).debug(false);
        b.get("/echo", req -> Response.status(200).header("X-Got", String.valueOf(req.headers().all("X-In").size()))
                .header("X-Two", "a").header("X-Two", "b").body(req.header("X-In")).build());
        b.get("/gz", req -> Response.status(200).header("Content-Type", "application/octet-stream")
                .body(gzip("zipped")).build());
        return b.build();
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void sendsHeadersAsWrittenAndReadsTheAnswerExactly() throws IOException {
        String hostile = "Zoë\u0007 " + "v".repeat(10_000);
        TinySource.Call call = TinySource.get("/echo").header("X-In", hostile, "second");
        assertEquals(M.readTree("{\"t\":1,\"m\":\"GET\",\"p\":\"/echo\",\"h\":{\"X-In\":[" + M.writeValueAsString(hostile)
                + ",\"second\"]}}"), M.readTree(call.json()));
        TinySource.Answer a = call.send(app());
        assertEquals(200, a.status());
        assertEquals(hostile, a.body());
        assertFalse(a.base64());
        assertEquals("2", a.header("X-Got"));
        assertNull(a.header("X-None"));
        AssertionError two = assertThrows(AssertionError.class, () -> a.header("X-Two"));
        assertEquals("X-Two has 2 values: [\"a\",\"b\"]", two.getMessage());
        assertEquals(M.readTree("[\"a\",\"b\"]"), a.headers().get("X-Two"));
        assertEquals(M.readTree("{\"A\":[\"1\"],\"B\":[\"2\"]}"), TinySource.headers("A", "1", "B", "2"));
    }

    @Test
    void decodesBase64AndGzipBodies() {
        TinySource.Answer a = TinySource.get("/gz").send(app());
        assertTrue(a.base64());
        assertEquals("zipped", a.gunzipped());
        assertEquals(404, TinySource.get("/none").send(app()).status());
        assertThrows(UncheckedIOException.class, () -> TinySource.gunzip("not gzip".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void wireHeadersAreThoseTheFormatWrites() throws IOException {
        Resolver.Builder b = Resolver.builder().debug(false);
        b.get("/h", req -> Response.status(200).header("X-One", "1").body("ok").build());
        PorticoClient client = PorticoClient.of(b.build());
        for (EventFormat format : EventFormat.values()) {
            TestResponse r = client.format(format).get("/h").send();
            assertEquals("1", WireHeaders.headers(format, r).path("X-One").isArray()
                    ? WireHeaders.headers(format, r).get("X-One").get(0).asText()
                    : WireHeaders.headers(format, r).get("X-One").asText(), format.name());
            assertEquals(format == EventFormat.REST || format == EventFormat.ALB_MULTI_VALUE, WireHeaders.multiValue(format));
        }
        assertEquals(M.readTree("{\"X-One\":[\"1\"]}"), WireHeaders.expected(EventFormat.REST, "X-One", "1"));
        assertEquals(M.readTree("{\"X-One\":\"1\"}"), WireHeaders.expected(EventFormat.HTTP_API, "X-One", "1"));
    }
}
