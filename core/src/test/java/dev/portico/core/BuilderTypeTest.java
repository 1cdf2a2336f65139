package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code Resolver.builder()} has a plain type users can name in fields and helpers, and the builders of
 * source-specific resolvers ({@link Resolver.TypedBuilder}) are such builders whose chaining keeps
 * their own type.
 */
class BuilderTypeTest {
    /** A subclass, as the source modules declare them. */
    static final class MyResolver extends Resolver {
        MyResolver(Resolver built) {
            super(built);
        }

        public static Resolver.TypedBuilder<MyResolver> builder() {
            return Resolver.builder(MyResolver::new).discover(false).source(new FakeSource());
        }
    }

    /** A helper written once for every kind of builder. */
    private static Resolver.Builder common(Resolver.Builder b) {
        b.get("/ping", req -> Response.ok("pong"));
        return b.debug(false).appendContext("app", "portico");
    }

    private final Resolver.Builder field = Resolver.builder().discover(false).register(new FakeSource());

    @Test
    void theDetectingBuilderHasANameableType() {
        Resolver.Builder b = common(field);
        assertSame(field, b);
        Resolver app = b.build();
        assertEquals(Resolver.class, app.getClass());
        assertEquals("pong", Fake.req("GET", "/ping").send(app).get("body").asText());
    }

    @Test
    void aHelperTakingTheBuilderAcceptsASourceSpecificOneAndChainingKeepsItsType() {
        Resolver.TypedBuilder<MyResolver> typed = MyResolver.builder();
        common(typed);
        MyResolver app = typed.debug(false).stripPrefixes("/v1").use((req, next) -> next.handle(req)).build();
        assertEquals("pong", Fake.req("GET", "/v1/ping").send(app).get("body").asText());
    }

    /**
     * Every chaining method of {@code Resolver.Builder} must be overridden in {@code TypedBuilder} to
     * return {@code TypedBuilder}; otherwise {@code XResolver.builder().newOption(..).build()} returns a
     * plain {@code Resolver}. A builder option added without its override fails here.
     */
    @Test
    void typedBuilderNarrowsEveryChainingMethod() throws NoSuchMethodException {
        List<String> missing = new ArrayList<>();
        for (Method m : Resolver.Builder.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getReturnType() != Resolver.Builder.class) {
                continue;
            }
            Method typed = Resolver.TypedBuilder.class.getMethod(m.getName(), m.getParameterTypes());
            if (typed.getReturnType() != Resolver.TypedBuilder.class) {
                missing.add(m.getName() + m.toGenericString().substring(m.toGenericString().indexOf('(')));
            }
        }
        assertTrue(missing.isEmpty(), "add to Resolver.TypedBuilder an override returning TypedBuilder<R> of: "
                + missing);
        assertEquals("R", Resolver.TypedBuilder.class.getMethod("build").getGenericReturnType().getTypeName());
    }
}
