package dev.portico.feature.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.Router;
import dev.portico.core.Resolver;
import dev.portico.testing.ModuleChecks;
import dev.portico.testing.PorticoClient;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The feature is found by ServiceLoader on both paths and links typed routes to each application. */
class DiscoveryTest {

    @Test
    void theResolverDiscoversTheFeature() {
        Resolver app = Resolver.builder().debug(false).build();
        assertTrue(app.features().stream().anyMatch(f -> f instanceof OpenApiFeature && "openapi".equals(f.id())),
                app.features().toString());
        assertEquals(400, new OpenApiFeature().weight());
        boolean modulePath = "module".equals(System.getProperty("portico.path"));
        assertEquals(modulePath, OpenApiFeature.class.getModule().isNamed());
    }

    @Test
    void servicesFileAgreesWithModuleInfoAndOnlyApiPackagesAreExported() {
        ModuleChecks.assertServicesAgree();
        Module module = OpenApiFeature.class.getModule();
        if (module.isNamed()) {
            ModuleDescriptor d = module.getDescriptor();
            assertEquals(Set.of("dev.portico.feature.openapi", "dev.portico.feature.openapi.annotations"),
                    d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        }
    }

    @Test
    void typedRoutesNeedTheFeature() {
        Router routes = OpenApi.routes(new BodyTest.Api());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Resolver.builder().discover(false).include(routes).build());
        assertTrue(e.getMessage().contains("needs the 'openapi' feature: add the dependency "
                + "dev.portico:portico-feature-openapi"), e.getMessage());
        Resolver registered = Resolver.builder().discover(false).debug(false)
                .register(restSource()).register(new OpenApiFeature())
                .include(routes).build();
        assertEquals("no body", PorticoClient.of(registered).post("/optional").send().body());
    }

    private static dev.portico.api.spi.EventSource restSource() {
        return Resolver.builder().debug(false).build().sources().stream().filter(s -> "apigw-rest".equals(s.id()))
                .findFirst().orElseThrow();
    }

    @Test
    void oneRouterServesApplicationsWithDifferentSettings() {
        Router routes = OpenApi.routes(new ResponseValidationTest.Api());
        Resolver strict = Resolver.builder().debug(false).include(routes, "/a").build();
        Resolver lenient = Resolver.builder().debug(false).include(routes, "/b")
                .configure(OpenApiConfig.builder().responseValidationStatus(422).build()).build();
        assertEquals(500, PorticoClient.of(strict).get("/a/id").send().status());
        assertEquals(422, PorticoClient.of(lenient).get("/b/id").send().status());
        assertEquals(List.of("/a/id"), strict.routes().stream().map(r -> r.path()).filter(p -> p.endsWith("/id")).toList());
    }
}
