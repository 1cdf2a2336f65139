package dev.portico.feature.compress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.spi.Feature;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
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
        boolean modulePath = "module".equals(System.getProperty("portico.path"));
        assertEquals(modulePath, CompressFeature.class.getModule().isNamed());
    }

    @Test
    void servicesFileAgreesWithModuleInfo() throws IOException {
        List<String> expected = List.of(CompressFeature.class.getName());
        try (InputStream in = CompressFeature.class.getResourceAsStream("/META-INF/services/" + Feature.class.getName())) {
            assertNotNull(in);
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
            assertEquals(expected, lines);
        }
        Module module = CompressFeature.class.getModule();
        if (module.isNamed()) {
            ModuleDescriptor d = module.getDescriptor();
            assertEquals(1, d.provides().size());
            ModuleDescriptor.Provides p = d.provides().iterator().next();
            assertEquals(Feature.class.getName(), p.service());
            assertEquals(expected, p.providers());
            assertEquals(List.of("dev.portico.feature.compress"),
                    d.exports().stream().map(ModuleDescriptor.Exports::source).toList());
        }
    }
}
