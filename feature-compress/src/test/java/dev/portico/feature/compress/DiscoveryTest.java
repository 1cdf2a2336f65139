package dev.portico.feature.compress;

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
        assertTrue(app.features().stream().anyMatch(f -> f instanceof CompressFeature && "compress".equals(f.id())),
                app.features().toString());
        assertEquals(900, new CompressFeature().weight());
        ModuleChecks.assertLoadedAsExpected(CompressFeature.class);
    }

    @Test
    void servicesFileAgreesWithModuleInfo() {
        ModuleChecks.assertServicesAgree();
        Module module = CompressFeature.class.getModule();
        if (module.isNamed()) {
            assertEquals(List.of("dev.portico.feature.compress"),
                    module.getDescriptor().exports().stream().map(ModuleDescriptor.Exports::source).toList());
        }
    }
}
