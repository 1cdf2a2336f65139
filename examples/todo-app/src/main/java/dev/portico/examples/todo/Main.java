package dev.portico.examples.todo;

import dev.portico.server.LocalServer;
import dev.portico.server.PortInUseException;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Runs the todo API locally on {@code http://localhost:8080} (the JDK's HTTP server, API Gateway
 * REST events) until Ctrl+C. The port comes from the first argument or the {@code PORT} variable; set
 * {@code HOST=0.0.0.0} to listen on every interface, as in a container.
 */
public final class Main {

    private Main() {
    }

    /**
     * @param args an optional port
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        PrintStream out = System.out;
        int port = Integer.parseInt(args.length > 0 ? args[0] : System.getenv().getOrDefault("PORT", "8080"));
        LocalServer.Builder builder = LocalServer.builder(TodoApp.create(new TodoStore())).port(port);
        String host = System.getenv("HOST");
        if (host != null && !host.isBlank()) {
            builder.host(host);
        }
        LocalServer server;
        try {
            server = builder.build().start();
        } catch (PortInUseException e) {
            System.err.println(e.getMessage());
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(Duration.ofSeconds(10)), "todo-shutdown"));
        out.println("Todo API:   " + server.url().resolve("todos"));
        out.println("Logo:       " + server.url().resolve("logo"));
        if (server.resolver().routes().stream().anyMatch(r -> r.path().equals("/swagger"))) {
            out.println("Swagger UI: " + server.url().resolve("swagger"));
        }
        out.println("Press Ctrl+C to stop.");
        server.await();
    }
}
