package dev.portico.examples.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.server.LocalServer;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI in a real headless Chromium, driven over the Chrome DevTools Protocol: the page lists
 * the API's operations, and "Try it out" on {@code GET /todos} gets a 200 from the local server.
 * Keeps a screenshot in {@code target/swagger-ui.png}. Skipped when no Chromium is installed
 * ({@code apt-get install -y chromium}); {@code CHROMIUM_BIN} names another binary.
 */
class SwaggerUiBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static LocalServer server;
    private static Process browser;
    private static Path profile;
    private static Cdp page;
    private static String binary;

    @BeforeAll
    static void start() throws Exception {
        binary = chromium();
        if (binary == null) {
            return;
        }
        server = LocalServer.builder(TodoApp.create(new TodoStore())).port(0).build().start();
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url().resolve("todos"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Seen through Swagger UI\"}")).build(),
                HttpResponse.BodyHandlers.discarding());
        profile = Files.createTempDirectory("portico-chromium");
        browser = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,2000", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "chromium.log").toFile())
                .start();
        page = Cdp.connect(pageSocket(devToolsPort()));
        page.send("Page.enable");
        page.send("Runtime.enable");
    }

    @AfterAll
    static void stop() throws Exception {
        if (page != null) {
            page.close();
        }
        if (browser != null) {
            browser.descendants().forEach(ProcessHandle::destroy);
            browser.destroy();
            if (!browser.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                browser.destroyForcibly();
            }
        }
        if (server != null) {
            server.stop(Duration.ofSeconds(1));
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void swaggerUiListsTheOperationsAndTriesOneOut() throws Exception {
        Assumptions.assumeTrue(binary != null, "no chromium binary found: install it (apt-get install -y chromium) "
                + "or set CHROMIUM_BIN");
        try {
            listAndTryOut();
        } finally {
            screenshot();
        }
    }

    /** Keeps what the page shows, also when the test fails. */
    private static void screenshot() throws Exception {
        JsonNode shot = page.send("Page.captureScreenshot", "format", "png", "captureBeyondViewport", true);
        byte[] png = Base64.getDecoder().decode(shot.get("data").asText());
        Files.write(Path.of("target", "swagger-ui.png"), png);
        assertTrue(png.length > 10_000, "a real screenshot");
    }

    private static void listAndTryOut() throws Exception {
        page.send("Page.navigate", "url", server.url().resolve("swagger").toString());
        page.await("document.querySelectorAll('.opblock').length >= 7", WAIT);
        JsonNode operations = page.eval("Array.from(document.querySelectorAll('.opblock')).map(b => "
                + "b.querySelector('.opblock-summary-method').textContent + ' ' + "
                + "b.querySelector('.opblock-summary-path').getAttribute('data-path')).sort()");
        List<String> listed = new ArrayList<>();
        operations.forEach(n -> listed.add(n.asText()));
        assertEquals(List.of("DELETE /todos/{id}", "GET /logo", "GET /todos", "GET /todos/{id}", "PATCH /todos/{id}",
                "POST /todos", "PUT /todos/{id}"), listed);
        assertEquals("Todo API", page.eval("document.querySelector('.info .title').childNodes[0].textContent.trim()")
                .asText());

        String block = "document.getElementById('operations-todos-listTodos')";
        page.eval(block + ".querySelector('.opblock-summary-control').click()");
        page.await("!!" + block + ".querySelector('.try-out__btn')", WAIT);
        page.eval(block + ".querySelector('.try-out__btn').click()");
        page.await("!!" + block + ".querySelector('.execute')", WAIT);
        page.eval(block + ".querySelector('.execute').click()");
        JsonNode status = page.await(block + ".querySelector('.live-responses-table tr.response .response-col_status')"
                + " && " + block + ".querySelector('.live-responses-table tr.response .response-col_status').textContent.trim()",
                WAIT);
        assertEquals("200", status.asText());
        String body = page.await(block + ".querySelector('.live-responses-table tr.response .response-col_description pre')"
                + " && " + block + ".querySelector('.live-responses-table tr.response .response-col_description pre').textContent",
                WAIT).asText();
        assertTrue(body.contains("Seen through Swagger UI"), body);
    }

    /** @return the Chromium binary: CHROMIUM_BIN, else the first of the usual names on the PATH, else null */
    private static String chromium() {
        String configured = System.getenv("CHROMIUM_BIN");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return configured;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }

    /** Reads the port Chromium chose from {@code DevToolsActivePort} in its profile. */
    private static int devToolsPort() throws Exception {
        Path file = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!browser.isAlive()) {
                throw new IOException("Chromium exited with " + browser.exitValue() + "; see target/chromium.log");
            }
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).trim());
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("Chromium did not open its DevTools port; see target/chromium.log");
    }

    /** @return the WebSocket URL of Chromium's page target */
    private static String pageSocket(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode target : JSON.readTree(r.body())) {
                if ("page".equals(target.path("type").asText())) {
                    return target.get("webSocketDebuggerUrl").asText();
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("Chromium has no page target");
    }
}
