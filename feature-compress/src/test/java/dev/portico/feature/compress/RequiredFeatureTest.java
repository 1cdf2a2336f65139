package dev.portico.feature.compress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.core.Resolver;
import org.junit.jupiter.api.Test;

/** Core refuses routes that ask for compression when this feature is absent, naming this artifact. */
class RequiredFeatureTest {

    @Test
    void withoutTheFeatureTheBuildFailsNamingTheArtifact() {
        Resolver.Builder b = Resolver.builder().discover(false).register(new TestSource());
        b.get("/todos", r -> "t").compress();
        var e = assertThrows(IllegalStateException.class, b::build);
        assertTrue(e.getMessage().contains("dev.portico:portico-feature-compress"), e.getMessage());
    }

    @Test
    void withTheFeatureRegisteredOrDiscoveredTheBuildPasses() {
        Resolver.Builder registered = Resolver.builder().discover(false).register(new TestSource())
                .register(new CompressFeature());
        registered.get("/todos", r -> "t").compress();
        assertEquals(1, registered.build().routes().size());
        Resolver.Builder discovered = Resolver.builder().register(new TestSource());
        discovered.get("/todos", r -> "t").compress();
        assertTrue(discovered.build().features().stream().anyMatch(f -> f instanceof CompressFeature));
    }

    @Test
    void routesThatTurnCompressionOffNeedNoFeature() {
        Resolver.Builder b = Resolver.builder().discover(false).register(new TestSource());
        b.get("/todos", r -> "t").compress(false);
        assertEquals(1, b.build().routes().size());
    }
}
