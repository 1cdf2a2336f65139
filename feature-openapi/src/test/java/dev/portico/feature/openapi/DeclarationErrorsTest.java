package dev.portico.feature.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.feature.openapi.annotations.Length;
import dev.portico.feature.openapi.annotations.Min;
import dev.portico.feature.openapi.annotations.Path;
import dev.portico.feature.openapi.annotations.Pattern;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.feature.openapi.annotations.Query;
import dev.portico.testing.PorticoClient;
import java.lang.invoke.MethodHandles;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Mistakes in typed route declarations fail when the routes are read, naming the method. */
class DeclarationErrorsTest {

    static String error(Object api) {
        return assertThrows(IllegalArgumentException.class, () -> OpenApi.routes(api)).getMessage();
    }

    public static class NoRoutes {
        public String hello() {
            return "hi";
        }
    }

    public static class Unannotated {
        @Get("/x")
        public String x(String name) {
            return name;
        }
    }

    public static class UnknownPath {
        @Get("/todos/{id}")
        public String x(@Path("todo_id") int id) {
            return "";
        }
    }

    public static class MinOnString {
        @Get("/x")
        public String x(@Query("q") @Min(1) String q) {
            return q;
        }
    }

    public static class EmptyLength {
        @Get("/x")
        public String x(@Query("q") @Length(min = 5, max = 2) String q) {
            return q;
        }
    }

    public static class BadPattern {
        @Get("/x")
        public String x(@Query("q") @Pattern("[a-") String q) {
            return q;
        }
    }

    public static class TwoBodies {
        @Post("/x")
        public String x(@Body Todo a, @Body Todo b) {
            return "";
        }
    }

    public static class EmbedWithoutKey {
        @Post("/x")
        public String x(@Body(embed = true) Todo a) {
            return "";
        }
    }

    public static class ObjectQuery {
        @Get("/x")
        public String x(@Query("todo") Todo todo) {
            return "";
        }
    }

    public static class BadDefault {
        @Get("/x")
        public String x(@Query(value = "limit", defaultValue = "ten") int limit) {
            return "";
        }
    }

    public static class OptionalPath {
        @Get("/x/{id}")
        public String x(@Path("id") Optional<Integer> id) {
            return "";
        }
    }

    public static class TwoVerbs {
        @Get("/x")
        @Post("/x")
        public String x() {
            return "";
        }
    }

    public static class Unsupported {
        @Post("/x")
        public String x(@Body Thread thread) {
            return "";
        }
    }

    @Test
    void declarationMistakesAreReportedClearly() {
        assertEquals("No method of " + NoRoutes.class.getName() + " has @Get, @Post, @Put, @Patch or @Delete",
                error(new NoRoutes()));
        assertEquals("Unannotated.x: parameter arg0 of type String needs exactly one of @Path, @Query, @Header or @Body "
                + "(or be a Request)", error(new Unannotated()));
        assertEquals("UnknownPath.x: @Path(\"todo_id\") is not a parameter of the route path; its parameters are [id]",
                error(new UnknownPath()));
        assertEquals("MinOnString.x: parameter arg0: @Min and @Max apply to numbers, not to java.lang.String",
                error(new MinOnString()));
        assertEquals("EmptyLength.x: parameter arg0: @Length(min = 5, max = 2) is empty: min must be at least 0 and "
                + "at most max", error(new EmptyLength()));
        assertEquals("BadPattern.x: parameter arg0: @Pattern(\"[a-\") is not a valid regular expression: "
                + "Illegal character range", error(new BadPattern()));
        assertEquals("TwoBodies.x: only one parameter can take the whole body; mark each with "
                + "@Body(value = \"key\", embed = true) to read several keys of it", error(new TwoBodies()));
        assertEquals("EmbedWithoutKey.x: @Body(embed = true) needs the key to read: @Body(value = \"key\", embed = true)",
                error(new EmbedWithoutKey()));
        assertEquals("ObjectQuery.x: parameters take strings, numbers, booleans, enums, UUID, java.time values or "
                + "lists of them, not " + Todo.class.getName(), error(new ObjectQuery()));
        assertEquals("BadDefault.x: the default 'ten' of parameter 'limit' is invalid: Input should be a valid integer, "
                + "unable to parse string as an integer", error(new BadDefault()));
        assertEquals("OptionalPath.x: path parameter 'id' is always present: it cannot be Optional or have a default",
                error(new OptionalPath()));
        assertEquals("TwoVerbs.x has several HTTP method annotations; declare one route per method",
                error(new TwoVerbs()));
        assertEquals("Unsupported.x: parameter arg0: The type java.lang.Thread is not supported: use records, classes "
                + "with properties, enums, lists, maps, strings, numbers, booleans, UUID or java.time",
                error(new Unsupported()));
    }

    /** Not public: called through the lookup the application passes. */
    static final class Hidden {
        @Get("/hidden/{n}")
        int twice(@Path("n") int n) {
            return 2 * n;
        }
    }

    @Test
    void packagePrivateHandlersThroughTheCallersLookup() {
        PorticoClient client = PorticoClient.of(dev.portico.core.Resolver.builder().debug(false)
                .include(OpenApi.routes(new Hidden(), MethodHandles.lookup())).build());
        assertEquals("42", client.get("/hidden/21").send().body());
    }
}
