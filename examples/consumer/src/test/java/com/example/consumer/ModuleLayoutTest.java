package com.example.consumer;

import dev.portico.testing.ModuleChecks;
import org.junit.jupiter.api.Test;

/**
 * The webhook source is declared twice, in module-info (module path) and META-INF/services (class
 * path, as on Lambda); Maven runs every test both ways, and {@code ShopAppTest} shows the source is
 * found on each.
 */
class ModuleLayoutTest {

    @Test
    void moduleInfoAndServiceFilesAgree() {
        ModuleChecks.assertServicesAgree();
    }

    @Test
    void testsRunOnThePathMavenClaims() {
        ModuleChecks.assertLoadedAsExpected(ShopApp.class);
    }
}
