package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.portico.testing.arch.PorticoArchRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Portico's shipped ArchUnit rules, applied to this application's own main code. */
class ArchitectureTest {
    /** The compiled main classes (the same directory on the module path and on the class path). */
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void theMainCodeIsImported() {
        assertTrue(MAIN.contain(ShopApp.class) && MAIN.contain(com.example.consumer.webhook.BillowWebhookSource.class));
    }

    @Test
    void handlersUseThePorticoApiOnly() {
        PorticoArchRules.handlersMustNotDependOnLambdaRuntime("com.example.consumer.api..").check(MAIN);
    }

    @Test
    void nothingUsesPorticoInternals() {
        PorticoArchRules.noDependencyOnPorticoInternals().check(MAIN);
    }

    @Test
    void theWebhookPluginUsesTheSpiOnly() {
        PorticoArchRules.pluginPackagesMustNotUseCoreInternals("com.example.consumer.webhook..").check(MAIN);
    }

    @Test
    void loggingGoesThroughSystemLogger() {
        PorticoArchRules.noSystemOutOrJavaUtilLogging().check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        PorticoArchRules.noPackageCycles("com.example.consumer").check(MAIN);
    }

    @Test
    void theHandlerRuleCatchesADeliberateViolation() {
        JavaClasses violation = new ClassFileImporter()
                .importPath(Path.of("target", "test-classes", "com", "example", "consumer", "violation"));
        ArchRule rule = PorticoArchRules.handlersMustNotDependOnLambdaRuntime("com.example.consumer.violation..");
        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(violation));
        assertTrue(error.getMessage().contains("LeakyOrderHandler"), error.getMessage());
        assertTrue(error.getMessage().contains("APIGatewayV2HTTPEvent"), error.getMessage());
    }
}
