package dev.portico.feature.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.core.Resolver;
import dev.portico.testing.PorticoClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Concurrent first requests: the schemas compiled and the document generated on first use are
 * built once and shared safely.
 */
class ConcurrencyTest {

    @Test
    void concurrentRequestsGetTheirOwnAnswers() throws Exception {
        Resolver app = Apps.app(new BodyTest.Api(), OpenApiConfig.builder().swaggerUi(SwaggerUi.create()).build());
        PorticoClient client = PorticoClient.of(app);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int n = i;
                results.add(pool.submit(() -> switch (n % 4) {
                    case 0 -> client.post("/todos").body("{\"userId\":\"" + (n + 1) + "\",\"title\":\"t" + n
                            + "\",\"completed\":true}").send().json().get("userId").asText();
                    case 1 -> client.post("/todos").body("{\"title\":\"t\"}").send().status() + "";
                    case 2 -> client.post("/many").body("[]").send().body();
                    default -> client.get("/swagger").query("format", "json").send().json().get("openapi").asText();
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                String expected = switch (i % 4) {
                    case 0 -> String.valueOf(i + 1);
                    case 1 -> "422";
                    case 2 -> "0";
                    default -> "3.1.0";
                };
                assertEquals(expected, results.get(i).get(), "request " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
