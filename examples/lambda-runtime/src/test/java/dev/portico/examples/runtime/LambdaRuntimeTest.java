package dev.portico.examples.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.testing.EventBuilder;
import dev.portico.testing.EventFormat;
import dev.portico.testing.Events;
import dev.portico.testing.TestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Portico's deployment jars under the real AWS Lambda Runtime Interface Client (see
 * {@link LambdaRuntime}): the todo-app's jar with the handler its SAM template names, and this
 * module's jar with a handler per event source, in the stream style and, where the source has one,
 * the typed style, whose events the runtime's own serializer builds. Each answer is checked exactly.
 */
class LambdaRuntimeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Non-ASCII, percent-encoded in the path, decoded for the handler. */
    private static final String NAME = "Zoë 東京";

    @TempDir
    static Path tmp;
    private static Path runtimeRoot;
    private static Path todoRoot;
    private static SamTemplate runtimeTemplate;
    private static SamTemplate todoTemplate;

    @BeforeAll
    static void unpack() throws Exception {
        runtimeRoot = LambdaRuntime.unpack(Path.of(System.getProperty("portico.lambda.jar")),
                Files.createDirectory(tmp.resolve("runtime-task")));
        todoRoot = LambdaRuntime.unpack(Path.of(System.getProperty("portico.todo.lambda.jar")),
                Files.createDirectory(tmp.resolve("todo-task")));
        runtimeTemplate = SamTemplate.read(Path.of("template.yaml"));
        todoTemplate = SamTemplate.read(Path.of("../todo-app/template.yaml"));
    }

    private static String hello(EventFormat format) {
        return Events.of(format).method("GET").path("/hello/Zo%C3%AB%20%E6%9D%B1%E4%BA%AC").build();
    }

    private static Map<String, Object> echoPayload() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", "milk \u00fc \u2028 \u0000 \"quoted\"");
        payload.put("big", "x".repeat(200_000));
        payload.put("nested", Map.of("list", java.util.List.of(1, 2, 3)));
        return payload;
    }

    private static String echo(EventFormat format) {
        EventBuilder<?> builder = Events.of(format).method("POST").path("/echo").header("Content-Type", "application/json");
        return builder.jsonBody(echoPayload()).build();
    }

    /** The answer the same handler gives in this JVM, with the same Lambda request id. */
    private static String inProcess(RequestStreamHandler handler, String event, String requestId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new TestContext(requestId));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static FakeRuntimeApi.Answer ok(LambdaRuntime runtime, String event) throws Exception {
        FakeRuntimeApi.Answer answer = runtime.invoke(event);
        assertEquals("response", answer.kind(), () -> answer.body() + "\n" + output(runtime));
        return answer;
    }

    private static String output(LambdaRuntime runtime) {
        try {
            return runtime.output();
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    /** The body an answer carries, whichever source's response format it is in. */
    private static JsonNode body(JsonNode response) throws Exception {
        return JSON.readTree(response.get("body").asText());
    }

    private static void assertHello(JsonNode response, String requestId) throws Exception {
        assertEquals(200, response.get("statusCode").asInt(), response::toString);
        assertEquals("{\"hello\":\"" + NAME + "\",\"requestId\":\"" + requestId + "\"}",
                JSON.writeValueAsString(body(response)));
    }

    private static void assertEcho(JsonNode response) throws Exception {
        assertEquals(201, response.get("statusCode").asInt(), response::toString);
        assertEquals(JSON.valueToTree(echoPayload()), body(response));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "RestStreamFunction, REST",
        "HttpApiStreamFunction, HTTP_API",
        "AlbStreamFunction, ALB",
        "FunctionUrlFunction, FUNCTION_URL",
        "VpcLatticeFunction, VPC_LATTICE",
        "VpcLatticeV2Function, VPC_LATTICE_V2"
    })
    void streamStyleAnswersAsInProcess(String function, EventFormat format) throws Exception {
        String handler = runtimeTemplate.handler(function);
        RequestStreamHandler local = (RequestStreamHandler) Class.forName(handler.substring(0, handler.indexOf("::")))
                .getConstructor().newInstance();
        try (LambdaRuntime runtime = LambdaRuntime.start(runtimeRoot, handler, Map.of())) {
            for (String event : new String[] {hello(format), echo(format)}) {
                FakeRuntimeApi.Answer answer = ok(runtime, event);
                assertEquals(inProcess(local, event, answer.requestId()), answer.body());
            }
            assertHello(JSON.readTree(ok(runtime, hello(format)).body()), answerId(runtime));
        }
    }

    private static String answerId(LambdaRuntime runtime) {
        return runtime.api.lastRequestId();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "RestTypedFunction, REST",
        "HttpApiTypedFunction, HTTP_API",
        "AlbTypedFunction, ALB"
    })
    void typedStyleAnswersThroughTheRuntimesSerializer(String function, EventFormat format) throws Exception {
        try (LambdaRuntime runtime = LambdaRuntime.start(runtimeRoot, runtimeTemplate.handler(function), Map.of())) {
            FakeRuntimeApi.Answer hello = ok(runtime, hello(format));
            assertHello(JSON.readTree(hello.body()), hello.requestId());
            JsonNode echo = JSON.readTree(ok(runtime, echo(format)).body());
            assertEcho(echo);
            assertEquals("application/json", contentType(echo), echo::toString);
        }
    }

    private static String contentType(JsonNode response) {
        for (String field : new String[] {"headers", "multiValueHeaders"}) {
            JsonNode headers = response.get(field);
            if (headers != null && headers.isObject()) {
                for (var it = headers.fields(); it.hasNext();) {
                    var e = it.next();
                    if (e.getKey().equalsIgnoreCase("content-type")) {
                        return e.getValue().isArray() ? e.getValue().get(0).asText() : e.getValue().asText();
                    }
                }
            }
        }
        return null;
    }

    @Test
    void autoDetectingResolverAnswersEverySourceInItsFormat() throws Exception {
        String handler = runtimeTemplate.handler("AutoDetectFunction");
        RequestStreamHandler local = new AutoDetectHandler();
        try (LambdaRuntime runtime = LambdaRuntime.start(runtimeRoot, handler, Map.of())) {
            for (EventFormat format : EventFormat.values()) {
                FakeRuntimeApi.Answer hello = ok(runtime, hello(format));
                assertEquals(inProcess(local, hello(format), hello.requestId()), hello.body(), format::toString);
                assertHello(JSON.readTree(hello.body()), hello.requestId());
                assertEcho(JSON.readTree(ok(runtime, echo(format)).body()));
            }
        }
    }

    /** Both of the todo-app's functions, the stream and the typed handler its template names. */
    @ParameterizedTest
    @CsvSource({"TodoFunction", "TodoTypedFunction"})
    void todoAppAnswersWithTheHandlerItsTemplateNames(String function) throws Exception {
        String handler = todoTemplate.handler(function);
        String created = Events.apiGatewayRest().method("POST").path("/todos")
                .header("Content-Type", "application/json").jsonBody(Map.of("title", "Buy milk \u00fc")).build();
        try (LambdaRuntime runtime = LambdaRuntime.start(todoRoot, handler, Map.of())) {
            JsonNode response = JSON.readTree(ok(runtime, created).body());
            assertEquals(201, response.get("statusCode").asInt(), response::toString);
            assertEquals("{\"id\":1,\"title\":\"Buy milk \u00fc\",\"completed\":false}",
                    JSON.writeValueAsString(body(response)));
            JsonNode list = JSON.readTree(ok(runtime, Events.apiGatewayRest().method("GET").path("/todos").build()).body());
            assertEquals(200, list.get("statusCode").asInt(), list::toString);
            assertEquals("[{\"id\":1,\"title\":\"Buy milk \u00fc\",\"completed\":false}]",
                    JSON.writeValueAsString(body(list)));
            JsonNode missing = JSON.readTree(ok(runtime, Events.apiGatewayRest().method("GET").path("/todos/99").build()).body());
            assertEquals(404, missing.get("statusCode").asInt(), missing::toString);
        }
    }

    @Test
    void misconfiguredAppIsAnInitError() throws Exception {
        try (LambdaRuntime runtime = LambdaRuntime.start(runtimeRoot,
                MisconfiguredHandler.class.getName() + "::handleRequest", Map.of())) {
            FakeRuntimeApi.Answer init = runtime.invoke(hello(EventFormat.REST));
            assertEquals("init-error", init.kind(), init::toString);
            assertEquals("Runtime.BadFunctionCode", init.errorType());
            assertEquals("{\"errorMessage\":\"Error loading class " + MisconfiguredHandler.class.getName()
                    + "\",\"errorType\":\"java.lang.ExceptionInInitializerError\"}", init.body());
            // The function's log carries build()'s message, which says how to fix the app.
            String log = runtime.output();
            assertTrue(log.contains("Caused by: java.lang.IllegalStateException: Duplicate route: GET /hello clashes with"
                    + " GET /hello, declared earlier; both match the same paths. Remove one of them or give them"
                    + " different methods."), log);
        }
    }

    private static final String API_REQUEST_ID = "c6af9ac6-7b61-11e6-9a41-93e8deadbeef";

    private static String boom() {
        return Events.apiGatewayRest().method("GET").path("/boom").requestId(API_REQUEST_ID).build();
    }

    private static java.util.List<String> porticoLines(String output) {
        return output.lines().filter(l -> l.contains("dev.portico")).toList();
    }

    private static LambdaRuntime jsonLogs(String level) throws java.io.IOException {
        return LambdaRuntime.start(runtimeRoot, runtimeTemplate.handler("RestStreamFunction"),
                Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_LOG_LEVEL", level));
    }

    private static FakeRuntimeApi.Answer boom500(LambdaRuntime runtime) throws Exception {
        FakeRuntimeApi.Answer answer = ok(runtime, boom());
        assertEquals(500, JSON.readTree(answer.body()).get("statusCode").asInt(), answer::body);
        return answer;
    }

    @Test
    void jsonLogFormatGivesOneObjectPerRecordWithLambdasRequestId() throws Exception {
        try (LambdaRuntime runtime = jsonLogs("INFO")) {
            FakeRuntimeApi.Answer answer = boom500(runtime);
            java.util.List<String> lines = porticoLines(runtime.output());
            assertEquals(1, lines.size(), () -> output(runtime));
            JsonNode line = JSON.readTree(lines.get(0));
            assertTrue(line.get("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z"),
                    line::toString);
            assertEquals("ERROR", line.get("level").asText());
            assertEquals("Unhandled exception answering GET /boom (request id " + API_REQUEST_ID + ")",
                    line.get("message").asText());
            assertEquals("dev.portico", line.get("logger").asText());
            assertEquals(answer.requestId(), line.get("requestId").asText(), "Lambda's request id, not API Gateway's");
            assertEquals(API_REQUEST_ID, line.get("correlationId").asText());
            assertEquals("GET /boom", line.get("route").asText());
            assertEquals("java.lang.IllegalStateException", line.get("errorType").asText());
            assertEquals("boom", line.get("errorMessage").asText());
            assertTrue(line.get("stackTrace").asText().startsWith("java.lang.IllegalStateException: boom\n\tat "
                    + "dev.portico.examples.runtime.Routes."), line::toString);
            assertEquals(java.util.List.of("timestamp", "level", "message", "logger", "requestId", "correlationId",
                    "route", "errorType", "errorMessage", "stackTrace"), fieldNames(line));
        }
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void textLogFormatIsOneLinePerRecord() throws Exception {
        try (LambdaRuntime runtime = LambdaRuntime.start(runtimeRoot, runtimeTemplate.handler("RestStreamFunction"),
                Map.of())) {
            FakeRuntimeApi.Answer answer = ok(runtime, boom());
            String output = runtime.output();
            java.util.List<String> lines = porticoLines(output);
            assertEquals(1, lines.size(), output);
            assertTrue(lines.get(0).matches("\\S+Z " + answer.requestId() + " ERROR dev\\.portico Unhandled exception"
                    + " answering GET /boom \\(request id " + API_REQUEST_ID + "\\) correlationId=" + API_REQUEST_ID
                    + " route=GET /boom java\\.lang\\.IllegalStateException: boom\\\\n\\tat dev\\.portico\\..*"), lines.get(0));
            assertTrue(output.lines().noneMatch(l -> l.startsWith("\tat ")), output);
        }
    }

    @Test
    void lambdaLogLevelAboveErrorSilencesPortico() throws Exception {
        try (LambdaRuntime runtime = jsonLogs("FATAL")) {
            boom500(runtime);
            // One more answer, so the first one's log line, if any, has been written.
            ok(runtime, hello(EventFormat.REST));
            assertEquals(java.util.List.of(), porticoLines(runtime.output()));
        }
    }

    /** SLF4J's LoggerFinder shaded into the function's jar, as a user would ship it. */
    @Test
    void slf4jBridgeInTheFunctionJarReceivesPorticosRecords() throws Exception {
        Path root = LambdaRuntime.unpack(Path.of(System.getProperty("portico.lambda.jar")),
                Files.createDirectory(tmp.resolve("slf4j-task")));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("slf4j-api-") || name.startsWith("slf4j-simple-")
                    || name.startsWith("slf4j-jdk-platform-logging-")) {
                LambdaRuntime.unpack(Path.of(entry), root);
            }
        }
        assertTrue(Files.isRegularFile(root.resolve("META-INF/services/java.lang.System$LoggerFinder")));
        try (LambdaRuntime runtime = LambdaRuntime.start(root, runtimeTemplate.handler("RestStreamFunction"), Map.of())) {
            FakeRuntimeApi.Answer answer = ok(runtime, boom());
            ok(runtime, hello(EventFormat.REST));
            String expected = "[main] ERROR dev.portico - Unhandled exception answering GET /boom (request id "
                    + API_REQUEST_ID + ") requestId=" + answer.requestId() + " correlationId=" + API_REQUEST_ID
                    + " route=GET /boom\njava.lang.IllegalStateException: boom\n";
            // The child writes its log to a file; on a busy machine the line may land a little after the answer.
            String output = runtime.output();
            for (long end = System.nanoTime() + 10_000_000_000L; !output.contains(expected) && System.nanoTime() < end; ) {
                Thread.sleep(50);
                output = runtime.output();
            }
            String seen = output;
            assertTrue(seen.contains(expected), () -> seen + listing(root));
        }
    }

    private static String listing(Path root) {
        try (var files = Files.walk(root)) {
            return files.filter(f -> f.toString().contains("slf4j") || f.toString().contains("services")).map(Path::toString)
                    .limit(40).collect(java.util.stream.Collectors.joining("\n"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    /** POWERTOOLS_DEV turns debug mode on: a warning once, and each event logged with its secrets masked. */
    @Test
    void debugModeFromTheEnvironmentWarnsOnceAndLogsEventsMasked() throws Exception {
        String event = Events.apiGatewayRest().method("GET").path("/hello/x").requestId(API_REQUEST_ID)
                .header("Authorization", "Bearer s3cr3t-token").header("Cookie", "session=abc").build();
        try (LambdaRuntime runtime = LambdaRuntime.start(runtimeRoot, runtimeTemplate.handler("RestStreamFunction"),
                Map.of("POWERTOOLS_DEV", "true", "AWS_LAMBDA_LOG_FORMAT", "JSON"))) {
            ok(runtime, event);
            ok(runtime, event);
            java.util.List<JsonNode> lines = new java.util.ArrayList<>();
            for (String line : porticoLines(runtime.output())) {
                lines.add(JSON.readTree(line));
            }
            java.util.List<JsonNode> warnings = lines.stream().filter(l -> l.get("level").asText().equals("WARN")).toList();
            assertEquals(1, warnings.size(), () -> output(runtime));
            assertEquals("Debug mode is on because POWERTOOLS_DEV or POWERTOOLS_EVENT_HANDLER_DEBUG is set: responses"
                    + " carry stack traces and events are logged. Never set it in production.",
                    warnings.get(0).get("message").asText());
            java.util.List<String> events = lines.stream().map(l -> l.get("message").asText())
                    .filter(m -> m.startsWith("Event:\n")).toList();
            assertEquals(2, events.size(), () -> output(runtime));
            JsonNode logged = JSON.readTree(events.get(0).substring("Event:\n".length()));
            JsonNode sent = JSON.readTree(event);
            assertEquals("*****", logged.get("headers").get("Authorization").asText());
            assertEquals("*****", logged.get("headers").get("Cookie").asText());
            assertEquals("[\"*****\"]", logged.get("multiValueHeaders").get("Authorization").toString());
            assertEquals(sent.get("requestContext"), logged.get("requestContext"));
            assertTrue(events.get(0).contains("\n  \"path\" : \"/hello/x\",\n"), events.get(0));
            assertTrue(!runtime.output().contains("s3cr3t-token") && !runtime.output().contains("session=abc"),
                    () -> output(runtime));
        }
    }
}
