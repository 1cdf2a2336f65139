package dev.portico.examples.envelope;

import static dev.portico.examples.envelope.Envelopes.text;
import static dev.portico.examples.envelope.Envelopes.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.api.UnsupportedEventException;
import dev.portico.core.Resolver;
import dev.portico.testing.Events;
import dev.portico.testing.ModuleChecks;
import dev.portico.testing.TestContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plugin as an application sees it: found by {@code Resolver.builder().build()} through
 * ServiceLoader (module-info {@code provides} on the module path, {@code META-INF/services} on the
 * class path; the build runs these tests both ways), answering envelopes end to end.
 */
class EnvelopeAppTest {

    static final Resolver APP = app();

    private static Resolver app() {
        var b = Resolver.builder().debug(false);
        b.get("/todos/{id}", r -> {
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("id", r.pathParam("id"));
            seen.put("tags", r.queryParams().all("tag"));
            seen.put("q", r.queryParam("q"));
            seen.put("trace", r.headers().all("X-Trace"));
            seen.put("session", r.cookie("session"));
            seen.put("ip", r.sourceIp());
            seen.put("requestId", r.requestId());
            seen.put("source", r.source());
            seen.put("url", r.event(EnvelopeRequest.class).url());
            return seen;
        });
        b.post("/upload", r -> {
            byte[] in = r.bodyBytes();
            byte[] out = new byte[in.length];
            for (int i = 0; i < in.length; i++) {
                out[i] = in[in.length - 1 - i];
            }
            return out;
        });
        b.get("/whoami", r -> r.requestId());
        return b.build();
    }

    private static String answer(String eventFile) {
        return APP.resolve(text(eventFile), new TestContext("lambda-request-1"));
    }

    @Test
    void theSourceIsDiscovered() {
        assertEquals(List.of("http-envelope"), APP.sources().stream().map(s -> s.id()).toList());
    }

    @Test
    void answersARequestInTheEnvelopeShape() {
        assertEquals(tree("""
                {"status":200,"headers":{"Content-Type":["application/json"]},
                 "body":"{\\"id\\":\\"42\\",\\"tags\\":[\\"home\\",\\"urgent\\"],\\"q\\":\\"milk and eggs\\",\
                \\"trace\\":[\\"t1\\",\\"t2\\"],\\"session\\":\\"abc\\",\\"ip\\":\\"203.0.113.9\\",\
                \\"requestId\\":\\"req-1\\",\\"source\\":\\"http-envelope\\",\
                \\"url\\":\\"/todos/42?tag=home&tag=urgent&q=milk%20and%20eggs\\"}",
                 "base64":false,"inReplyTo":"req-1"}"""),
                tree(answer("get-todo.json")));
    }

    @Test
    void binaryInBinaryOut() {
        assertEquals(tree("""
                {"status":200,"headers":{"Content-Type":["application/octet-stream"]},
                 "body":"AwIB","base64":true,"inReplyTo":"req-2"}"""),
                tree(answer("upload-binary.json")));
    }

    @Test
    void withoutAnIdTheLambdaRequestIdIsUsed() {
        assertEquals(tree("""
                {"status":200,"headers":{"Content-Type":["text/plain; charset=utf-8"]},
                 "body":"lambda-request-1","base64":false}"""),
                tree(answer("no-id.json")));
    }

    @Test
    void malformedEnvelopesAreAnswered400InTheirOwnShape() {
        assertEquals(tree("""
                {"status":400,"headers":{"Content-Type":["application/json"]},
                 "body":"{\\"statusCode\\":400,\\"message\\":\\"The envelope has no request.verb\\"}",
                 "base64":false,"inReplyTo":"req-3"}"""),
                tree(answer("no-verb.json")));
        assertEquals(400, tree(answer("bad-query.json")).get("status").asInt());
        assertEquals("req-4", tree(answer("bad-query.json")).get("inReplyTo").asText());
    }

    @Test
    void unknownPathsAre404() {
        String event = text("no-id.json").replace("/whoami", "/nowhere");
        assertEquals(tree("""
                {"status":404,"headers":{"Content-Type":["application/json"]},
                 "body":"{\\"statusCode\\":404,\\"message\\":\\"Not found\\"}","base64":false}"""),
                tree(APP.resolve(event, null)));
    }

    @Test
    void otherEventsAreNotTaken() {
        UnsupportedEventException e = assertThrows(UnsupportedEventException.class,
                () -> APP.resolve(Events.apiGatewayRest().path("/todos/1").build(), null));
        assertEquals(List.of("http-envelope"), e.triedSources());
    }

    @Test
    void moduleInfoAndServiceFileAgree() {
        ModuleChecks.assertServicesAgree();
    }

    @Test
    void testsRunOnThePathTheyClaim() {
        ModuleChecks.assertLoadedAsExpected(EnvelopeSource.class);
    }
}
