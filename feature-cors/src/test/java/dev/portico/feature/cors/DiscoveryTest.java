package dev.portico.feature.cors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.core.Resolver;
import dev.portico.testing.ModuleChecks;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The feature is found by ServiceLoader on the module path and on the class path alike. */
class DiscoveryTest {

    @Test
    void theResolverDiscoversTheFeature() {
        Resolver app = Resolver.builder().debug(false).build();
        assertTrue(app.features().stream().anyMatch(f -> f instanceof CorsFeature && "cors".equals(f.id())),
                app.features().toString());
        assertEquals(100, new CorsFeature().weight());
        ModuleChecks.assertLoadedAsExpected(CorsFeature.class);
    }

    @Test
    void servicesFileAgreesWithModuleInfo() {
        ModuleChecks.assertServicesAgree();
        Module module = CorsFeature.class.getModule();
        if (module.isNamed()) {
            assertEquals(List.of("dev.portico.feature.cors"),
                    module.getDescriptor().exports().stream().map(ModuleDescriptor.Exports::source).toList());
        }
    }
}
