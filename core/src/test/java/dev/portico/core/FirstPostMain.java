package dev.portico.core;

/**
 * Run in a fresh JVM by {@link FirstPostClassLoadingTest}: answers one POST whose handler reads a
 * record ({@code body}) or a tree ({@code json}), and prints the response.
 */
public final class FirstPostMain {
    private FirstPostMain() {
    }

    /** A body type. */
    public record Todo(int id, String title, boolean done, java.util.List<String> tags) {
    }

    /** @param args {@code body} or {@code json} (a POST), or {@code get} (a GET returning a record) */
    public static void main(String[] args) {
        var b = Resolver.builder().discover(false).register(new FakeSource());
        b.post("/todos", r -> "json".equals(args[0]) ? r.json() : r.body(Todo.class));
        b.get("/todos/{id}", r -> new Todo(Integer.parseInt(r.pathParam("id")), "W\u00e9", false,
                java.util.List.of("a")));
        Resolver app = b.build();
        if ("get".equals(args[0])) {
            System.out.println("RESPONSE " + app.resolve("{\"fake\":1,\"method\":\"GET\",\"path\":\"/todos/42\"}", null));
            return;
        }
        String event = "{\"fake\":1,\"method\":\"POST\",\"path\":\"/todos\",\"body\":"
                + "\"{\\\"id\\\":1,\\\"title\\\":\\\"W\\u00e9\\\",\\\"done\\\":false,\\\"tags\\\":[\\\"a\\\"]}\"}";
        System.out.println("RESPONSE " + app.resolve(event, null));
    }
}
