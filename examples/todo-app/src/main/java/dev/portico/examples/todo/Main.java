package dev.portico.examples.todo;

import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the todo app on the bundled sample API Gateway events and prints each response. */
public final class Main {

    private Main() {
    }

    /**
     * @param args ignored
     * @throws IOException when a bundled event cannot be read
     */
    public static void main(String[] args) throws IOException {
        ApiGatewayRestResolver app = TodoApp.create(new TodoStore());
        PrintStream out = System.out;
        for (String name : new String[] {"create-todo.json", "list-todos.json", "get-todo.json", "missing-todo.json"}) {
            String event;
            try (InputStream in = Main.class.getResourceAsStream("/events/" + name)) {
                event = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            out.println("== " + name);
            out.println(app.resolve(event, null));
        }
    }
}
