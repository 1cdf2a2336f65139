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

    /** @param args {@code body} or {@code json} */
    public static void main(String[] args) {
        var b = Resolver.builder().discover(false).register(new FakeSource());
        b.post("/todos", r -> "json".equals(args[0]) ? r.json() : r.body(Todo.class));
        Resolver app = b.build();
        String event = "{\"fake\":1,\"method\":\"POST\",\"path\":\"/todos\",\"body\":"
                + "\"{\\\"id\\\":1,\\\"title\\\":\\\"W\\u00e9\\\",\\\"done\\\":false,\\\"tags\\\":[\\\"a\\\"]}\"}";
        System.out.println("RESPONSE " + app.resolve(event, null));
    }
}
