package dev.portico.feature.openapi;

import dev.portico.core.Resolver;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Length;
import dev.portico.feature.openapi.annotations.Min;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.testing.TestContext;

/**
 * Run by {@link NoDatabindTest} in a child JVM logging class loading: a typed app over a record is
 * built and answers a valid and an invalid POST; then prints {@code DONE}. Events are written by hand,
 * so the test client's Jackson use does not count.
 */
public final class NoDatabindMain {

    private NoDatabindMain() {
    }

    /** The body. */
    public record NewTodo(@Length(min = 1, max = 100) String title, @Min(1) int priority) {
    }

    /** The route. */
    public static class Api {
        @Post(value = "/todos", status = 201)
        public NewTodo create(@Body NewTodo todo) {
            return todo;
        }
    }

    private static String event(String body) {
        return "{\"resource\":\"/todos\",\"path\":\"/todos\",\"httpMethod\":\"POST\","
                + "\"headers\":{\"Content-Type\":\"application/json\"},\"body\":\"" + body.replace("\"", "\\\"")
                + "\",\"isBase64Encoded\":false,\"requestContext\":{\"requestId\":\"r\",\"stage\":\"prod\","
                + "\"httpMethod\":\"POST\",\"path\":\"/prod/todos\",\"resourcePath\":\"/todos\"}}";
    }

    /** @param args unused */
    public static void main(String[] args) {
        Resolver app = Resolver.builder().debug(false).include(OpenApi.routes(new Api())).build();
        String ok = app.resolve(event("{\"title\":\"Write\",\"priority\":3}"), new TestContext());
        String bad = app.resolve(event("{\"title\":\"\",\"priority\":0}"), new TestContext());
        System.out.println("OK " + ok);
        System.out.println("BAD " + bad);
        System.out.println("DONE");
    }
}
