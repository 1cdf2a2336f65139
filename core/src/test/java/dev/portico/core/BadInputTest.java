package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The answers to bad bodies and bad paths (see docs/bad-input.md), through the stream entry point with
 * the core tests' fake event source. Events, methods and headers of the real formats are covered by
 * the {@code hardening} tests of the testing module.
 */
class BadInputTest {

    /** A body type. */
    public record Todo(String title, int n) {
    }

    private static Resolver app() {
        var b = Resolver.builder().discover(false).register(new FakeSource()).debug(false);
        b.post("/text", r -> String.valueOf(r.body()));
        b.post("/bytes", r -> Base64.getEncoder().encodeToString(r.bodyBytes()));
        b.post("/json", r -> r.json());
        b.post("/todo", r -> r.body(Todo.class));
        b.post("/map", r -> r.body(Map.class));
        b.get("/", r -> "root");
        b.get("/a/b", r -> "a/b");
        b.get("/a/{x}/b", r -> "x=" + r.pathParam("x"));
        b.get("/files/{name}", r -> "name=" + r.pathParam("name"));
        b.get("/deep/{rest+}", r -> "rest=" + r.pathParam("rest").length());
        b.get("/re/(a|b)*", r -> "re");
        return b.build();
    }

    private static final Resolver APP = app();

    private static String message(int status, String message) {
        return "{\"statusCode\":" + status + ",\"message\":\"" + message + "\"}";
    }

    private static void assertAnswer(int status, String body, JsonNode r) {
        assertEquals(status, r.get("status").asInt(), r.toString());
        assertEquals(body, r.get("body").asText());
    }

    @Test
    void base64Bodies() {
        String bad = message(400, "Request body is marked base64-encoded but is not valid base64");
        for (String path : List.of("/text", "/bytes", "/json", "/todo")) {
            assertAnswer(400, bad, Fake.req("POST", path).base64("not base64!").send(APP));
            assertAnswer(400, bad, Fake.req("POST", path).base64("YWJj*").send(APP));
        }
        assertAnswer(200, "hello world", Fake.req("POST", "/text").base64("aGVsbG8g\r\nd29ybGQ=").send(APP));
    }

    @Test
    void bodiesThatAreNotJsonOrDoNotFit() {
        assertAnswer(400, message(400, "Request body is not valid JSON (line 1, column 2)"),
                Fake.req("POST", "/json").body("{nope").send(APP));
        String trailing = message(400, "Request body is not valid JSON: there is more after the JSON value");
        assertAnswer(400, trailing, Fake.req("POST", "/todo").body("{} {}").send(APP));
        assertAnswer(400, trailing, Fake.req("POST", "/json").body("{\"a\":1} [2]").send(APP));
        assertAnswer(400, message(400, "Request body is not valid JSON (line 1, column 9)"),
                Fake.req("POST", "/json").body("{\"a\":1} x").send(APP));
        assertAnswer(400, trailing, Fake.req("POST", "/map").body("{\"a\":1}{}").send(APP));
        assertAnswer(400, message(400, "Request body has an invalid value at 'n'"),
                Fake.req("POST", "/todo").body("{\"title\":\"t\",\"n\":\"seven\"}").send(APP));
        assertAnswer(400, message(400, "Request body does not have the expected JSON shape"),
                Fake.req("POST", "/todo").body("[1,2]").send(APP));
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertAnswer(400, message(400, "Request body is not valid JSON"), Fake.req("POST", "/json").body(deep).send(APP));
        String deepObject = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);
        assertAnswer(400, message(400, "Request body is not valid JSON"),
                Fake.req("POST", "/map").body(deepObject).send(APP));
        assertAnswer(400, message(400, "Request body is not valid JSON"),
                Fake.req("POST", "/json").body("[" + "9".repeat(100_000) + "]").send(APP));
    }

    /** As Powertools' {@code json_body}, JSON bodies are read whatever the Content-Type says. */
    @Test
    void jsonIsReadWhateverTheContentType() {
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "", "*/*")) {
            assertAnswer(200, "{\"title\":\"t\",\"n\":1}",
                    Fake.req("POST", "/todo").header("Content-Type", type).body("{\"title\":\"t\",\"n\":1}").send(APP));
        }
        assertAnswer(200, "{\"title\":\"t\",\"n\":1}", Fake.req("POST", "/todo").body("{\"title\":\"t\",\"n\":1}").send(APP));
    }

    @Test
    void aMissingOrEmptyBodyWhereOneIsRequired() {
        String required = message(400, "Request body is empty; a JSON body is required");
        for (String path : List.of("/json", "/todo")) {
            assertAnswer(400, required, Fake.req("POST", path).send(APP));
            assertAnswer(400, required, Fake.req("POST", path).body("").send(APP));
            assertAnswer(400, required, Fake.req("POST", path).base64("").send(APP));
        }
        assertAnswer(200, "null", Fake.req("POST", "/text").body("").send(APP));
        assertAnswer(400, required, Fake.req("POST", "/json").body(" \r\n\t").send(APP));
        assertAnswer(400, required, Fake.req("POST", "/todo").body("  ").send(APP));
    }

    /** body() decodes leniently (U+FFFD for bad bytes), bodyBytes() keeps them, JSON reading refuses them. */
    @Test
    void bytesThatAreNotUtf8() {
        byte[] bytes = {(byte) 0xff, (byte) 0xfe, 'A', (byte) 0xc3, '('};
        String b64 = Base64.getEncoder().encodeToString(bytes);
        assertAnswer(200, "\uFFFD\uFFFDA\uFFFD(", Fake.req("POST", "/text").base64(b64).send(APP));
        assertAnswer(200, b64, Fake.req("POST", "/bytes").base64(b64).send(APP));
        String json = Base64.getEncoder().encodeToString("{\"title\":\"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertAnswer(400, message(400, "Request body is not valid JSON (line 1, column 12)"),
                Fake.req("POST", "/todo").base64(json).send(APP));
        assertAnswer(200, "{\"title\":\"\u00ff\"}", Fake.req("POST", "/json").body("{\"title\":\"\u00ff\"}").send(APP));
        // A lone surrogate cannot be encoded as UTF-8: resolve(String) sends it as '?'.
        assertAnswer(200, "a?b", Fake.req("POST", "/text").body("a\uD800b").send(APP));
    }

    @Test
    void emptyDoubleSlashAndEmptySegments() {
        assertAnswer(200, "root", Fake.req("GET", "").send(APP));
        assertAnswer(200, "root", Fake.req("GET", "/").send(APP));
        assertAnswer(200, "root", Fake.req("GET", "//").send(APP));
        assertAnswer(200, "a/b", Fake.req("GET", "a/b").send(APP));
        assertAnswer(404, message(404, "Not found"), Fake.req("GET", "/a//b").send(APP));
        assertAnswer(404, message(404, "Not found"), Fake.req("GET", "///").send(APP));
        assertAnswer(404, message(404, "Not found"), Fake.req("GET", "/files/").send(APP));
        assertAnswer(404, message(404, "Not found"), Fake.req("GET", "/deep//").send(APP));
        assertAnswer(200, "rest=2", Fake.req("GET", "/deep/a//").send(APP));
    }

    /** No normalisation: {@code .} and {@code ..} are segments like any other, matched literally. */
    @Test
    void dotSegmentsAreLiteral() {
        assertAnswer(200, "name=..", Fake.req("GET", "/files/..").send(APP));
        assertAnswer(200, "name=..", Fake.req("GET", "/files/%2e%2E").send(APP));
        assertAnswer(200, "x=..", Fake.req("GET", "/a/../b").send(APP));
        assertAnswer(404, message(404, "Not found"), Fake.req("GET", "/files/../a/b").send(APP));
        assertAnswer(404, message(404, "Not found"), Fake.req("GET", "/a/./b/..").send(APP));
    }

    @Test
    void encodedSlashesStayInOneParameterAndBadEncodingIs400() {
        assertAnswer(200, "name=a/b", Fake.req("GET", "/files/a%2Fb").send(APP));
        assertAnswer(200, "name=../../etc/passwd", Fake.req("GET", "/files/..%2F..%2Fetc%2Fpasswd").send(APP));
        assertAnswer(200, "name=%41", Fake.req("GET", "/files/%2541").send(APP));
        String notHex = "Malformed percent-encoding in path: '%' at index 0 is not followed by two hex digits";
        assertAnswer(400, message(400, notHex), Fake.req("GET", "/files/%zz").send(APP));
        assertAnswer(400, message(400, notHex), Fake.req("GET", "/files/%").send(APP));
        assertAnswer(400, message(400, notHex), Fake.req("GET", "/nowhere/%2").send(APP));
        assertAnswer(400, message(400, "Malformed percent-encoding in path: percent-encoded bytes are not UTF-8"),
                Fake.req("GET", "/files/%C3%28").send(APP));
        // Only ASCII hex digits: fullwidth or Arabic-Indic digits do not make an escape.
        assertAnswer(400, message(400, notHex), Fake.req("GET", "/files/%\uFF14\uFF11").send(APP));
        assertAnswer(400, message(400, notHex), Fake.req("GET", "/files/%\u0664\u0661").send(APP));
    }

    /** Long paths are answered in bounded time, without StackOverflowError. */
    @Test
    void veryLongPaths() {
        long start = System.nanoTime();
        assertAnswer(404, message(404, "Not found"), Fake.req("GET", "/" + "x".repeat(100_000)).send(APP));
        assertAnswer(404, message(404, "Not found"), Fake.req("GET", "/a".repeat(10_000)).send(APP));
        assertAnswer(404, message(404, "Not found"), Fake.req("GET", "/%41".repeat(10_000)).send(APP));
        assertAnswer(200, "name=" + "x".repeat(100_000), Fake.req("GET", "/files/" + "x".repeat(100_000)).send(APP));
        assertAnswer(200, "rest=" + (2 * 50_000 - 1), Fake.req("GET", "/deep" + "/a".repeat(50_000)).send(APP));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000);
    }

    /**
     * Java's regex engine recurses once per repetition of a group: a regular-expression route or
     * prefix such as {@code (a|b)*} would overflow the stack on a long path. Such a request is 414.
     */
    @Test
    void aPathTooLongForARegularExpressionIs414() {
        String tooLong = message(414, "Request path is too long");
        assertAnswer(200, "re", Fake.req("GET", "/re/abab").send(APP));
        assertAnswer(414, tooLong, Fake.req("GET", "/re/" + "ab".repeat(100_000)).send(APP));
        var b = Resolver.builder().discover(false).register(new FakeSource()).debug(false)
                .stripPrefixes(Pattern.compile("(/[a-z]|/[0-9])*/api"));
        b.get("/x", r -> "x");
        Resolver stripping = b.build();
        assertAnswer(200, "x", Fake.req("GET", "/a/b/api/x").send(stripping));
        assertAnswer(414, tooLong, Fake.req("GET", "/a".repeat(100_000) + "/api/x").send(stripping));
    }
}
