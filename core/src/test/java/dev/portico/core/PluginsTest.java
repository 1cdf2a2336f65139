package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.Response;
import dev.portico.api.RouteOption;
import dev.portico.api.UnsupportedEventException;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.Feature;
import dev.portico.api.spi.FeatureConfig;
import dev.portico.api.spi.FeatureContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginsTest {

    /** Another source with the fake source's id, to test replacement and duplicates. */
    static final class OtherFake extends FakeSource {
        @Override
        public boolean recognizes(EventJson event) {
            return event.has("other");
        }
    }

    /** Configuration of {@link StampFeature}. */
    record Stamp(String value) implements FeatureConfig {
    }

    /** Adds a header to every response and a route, when configured. */
    static final class StampFeature implements Feature {
        @Override
        public String id() {
            return "stamp";
        }

        @Override
        public void setup(FeatureContext ctx) {
            ctx.config(Stamp.class).ifPresent(stamp -> {
                ctx.addResponseFilter((req, res) -> res.toBuilder().header("X-Stamp", stamp.value()
                        + (req.route() == null ? "/none" : "/" + req.route().path())).build());
                ctx.addRoute("GET", "/stamp", r -> ctx.routes().size() + " routes");
                ctx.addMiddleware((req, next) -> next.handle(req).toBuilder().header("X-Mw", "1").build());
            });
        }
    }

    static final RouteOption<Boolean> SHINY = RouteOption.create("shiny", Boolean.class, false)
            .requiring("shine", "com.example:shine");

    @Test
    void discoversSourcesOnTheClassPath() {
        assumeTrue("class".equals(System.getProperty("portico.path")),
                "test services are declared in META-INF/services only, which named modules ignore");
        Resolver app = Resolver.builder().build();
        assertEquals(List.of("fake"), app.sources().stream().map(s -> s.id()).toList());
    }

    @Test
    void explicitRegistrationReplacesTheSameIdAndDiscoveryCanBeOff() {
        Resolver app = Resolver.builder().register(new OtherFake()).build();
        assertEquals(1, app.sources().size());
        assertTrue(app.sources().get(0) instanceof OtherFake);
        assertEquals(List.of(), Resolver.builder().discover(false).build().sources());
    }

    @Test
    void duplicateIdsFailFast() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Resolver.builder().discover(false).register(new FakeSource()).register(new OtherFake()).build());
        assertEquals("Two event sources registered explicitly have the id 'fake': dev.portico.core.FakeSource and "
                + "dev.portico.core.PluginsTest$OtherFake. Remove one of the jars, or register the one you want explicitly.",
                e.getMessage());
    }

    @Test
    void eventsNoSourceRecognizesRaiseAPreciseException() {
        Resolver app = Resolver.builder().discover(false).register(new FakeSource()).build();
        UnsupportedEventException e = assertThrows(UnsupportedEventException.class,
                () -> app.resolve("{\"Records\":[{\"eventSource\":\"aws:sqs\"}]}", null));
        assertEquals("No event source recognizes this event; it is not an HTTP event, or its source module is missing "
                + "(event sources tried: fake)", e.getMessage());
        assertEquals(List.of("fake"), e.triedSources());
        assertEquals("The event is a JSON array, not a JSON object (event sources tried: fake)",
                assertThrows(UnsupportedEventException.class, () -> app.resolve("[1]", null)).getMessage());
        assertEquals("The event is not valid JSON (event sources tried: fake)",
                assertThrows(UnsupportedEventException.class, () -> app.resolve("{nope", null)).getMessage());
        Resolver fixed = Resolver.builder().discover(false).source(new OtherFake()).build();
        assertTrue(assertThrows(UnsupportedEventException.class,
                () -> fixed.resolve(Fake.req("GET", "/").json(), null)).getMessage()
                .startsWith("The event is not in the format of the 'fake' event source"));
    }

    @Test
    void featuresAddRoutesMiddlewaresAndFiltersOnlyWhenConfigured() {
        Resolver.Builder b = Resolver.builder().discover(false).register(new FakeSource())
                .register(new StampFeature()).configure(new Stamp("v1"));
        b.get("/a", r -> "a");
        Resolver app = b.build();
        JsonNode a = Fake.req("GET", "/a").send(app);
        assertEquals("v1//a", a.get("headers").get("X-Stamp").get(0).asText());
        assertEquals("1", a.get("headers").get("X-Mw").get(0).asText());
        assertEquals("v1/none", Fake.req("GET", "/zzz").send(app).get("headers").get("X-Stamp").get(0).asText());
        assertEquals("2 routes", Fake.req("GET", "/stamp").send(app).get("body").asText());
        Resolver.Builder plain = Resolver.builder().discover(false).register(new FakeSource())
                .register(new StampFeature());
        plain.get("/a", r -> Response.ok("a"));
        assertTrue(Fake.req("GET", "/a").send(plain.build()).get("headers").get("X-Stamp") == null);
    }

    @Test
    void aRouteOptionWhoseFeatureIsMissingFailsAtBuildNamingTheArtifact() {
        Resolver.Builder b = Resolver.builder().discover(false).register(new FakeSource());
        b.get("/todos", r -> "x").compress();
        IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
        assertEquals("Route GET /todos sets 'compress', which needs the 'compress' feature: add the dependency "
                + "dev.portico:portico-feature-compress (or remove the option)", e.getMessage());
        Resolver.Builder c = Resolver.builder().discover(false).register(new FakeSource());
        c.get("/x", r -> "x").option(SHINY, false);
        c.build();
    }
}
