package dev.portico.testing.arch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.portico.api.Request;
import dev.portico.testing.Events;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Each rule fails on the sample classes that break it (under {@code samples}, {@code com.example.porticosamples},
 * {@code dev.portico.api.archsample}, {@code dev.portico.source.archsample}) and passes on clean code.
 */
class PorticoArchRulesTest {
    private static final String SAMPLES = "dev.portico.testing.arch.samples";

    /** Imports the compiled test classes of a package (and its sub-packages) straight from their directory. */
    static JavaClasses samples(String pkg) {
        return new ClassFileImporter().importPath(locationOf(PorticoArchRulesTest.class).resolve(pkg.replace('.', '/')));
    }

    /** Imports the whole jar or directory a class was loaded from. */
    static JavaClasses origin(Class<?> c) {
        Path where = locationOf(c);
        if (Files.isDirectory(where)) {
            return new ClassFileImporter().importPath(where);
        }
        try (JarFile jar = new JarFile(where.toFile())) {
            return new ClassFileImporter().importJar(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path locationOf(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertViolation(ArchRule rule, JavaClasses classes, String... culprits) {
        String m = assertThrows(AssertionError.class, () -> rule.check(classes)).getMessage();
        for (String c : culprits) {
            assertTrue(m.contains(c), () -> "expected " + c + " in:\n" + m);
        }
    }

    @Test
    void handlersUsingTheLambdaRuntimeOrTypedEventsAreCaught() {
        ArchRule rule = PorticoArchRules.handlersMustNotDependOnLambdaRuntime(SAMPLES + ".handlers..");
        assertViolation(rule, samples(SAMPLES + ".handlers"), "UsesLambdaContext", "UsesTypedEvent");
        assertDoesNotThrow(() -> rule.check(samples(SAMPLES + ".handlers.good")));
    }

    @Test
    void handlerRuleNeedsPackagesThatHoldClasses() {
        assertThrows(IllegalArgumentException.class, PorticoArchRules::handlersMustNotDependOnLambdaRuntime);
        ArchRule misspelt = PorticoArchRules.handlersMustNotDependOnLambdaRuntime("com.example.nowhere..");
        assertThrows(AssertionError.class, () -> misspelt.check(samples(SAMPLES + ".handlers")));
    }

    @Test
    void applicationCodeUsingPorticoInternalsIsCaught() {
        ArchRule rule = PorticoArchRules.noDependencyOnPorticoInternals();
        assertViolation(rule, samples("com.example.porticosamples"), "UsesInternal", "Hidden");
        assertDoesNotThrow(() -> rule.check(samples("com.example.porticosamples.clean")));
    }

    @Test
    void apiCodeUsingTheEventsLibraryIsCaught() {
        ArchRule rule = PorticoArchRules.apiMustOnlyDependOnJdkJacksonAndLambdaCore();
        assertViolation(rule, samples("dev.portico.api.archsample"), "UsesEventsLibrary", "APIGatewayV2HTTPEvent");
        assertDoesNotThrow(() -> rule.check(new ClassFileImporter()
                .importClasses(dev.portico.api.archsample.UsesContext.class)));
    }

    @Test
    void theRealApiModulePassesTheApiRule() {
        JavaClasses api = origin(Request.class);
        assertTrue(api.contain(Request.class));
        PorticoArchRules.apiMustOnlyDependOnJdkJacksonAndLambdaCore().check(api);
    }

    @Test
    void pluginsUsingCoreInternalsAreCaught() {
        assertViolation(PorticoArchRules.pluginsMustNotUseCoreInternals(),
                samples("dev.portico.source.archsample"), "UsesCoreInternals", "dev.portico.core.archsample.Hidden");
        assertDoesNotThrow(() -> PorticoArchRules.pluginsMustNotUseCoreInternals()
                .check(samples("dev.portico.source.archsample.good")));
    }

    @Test
    void userPluginPackagesCanBeNamed() {
        ArchRule rule = PorticoArchRules.pluginPackagesMustNotUseCoreInternals("com.example.porticosamples..");
        assertViolation(rule, samples("com.example.porticosamples"), "UsesInternal");
        assertDoesNotThrow(() -> rule.check(samples("com.example.porticosamples.clean")));
    }

    @Test
    void printingAndJavaUtilLoggingAreCaught() {
        ArchRule rule = PorticoArchRules.noSystemOutOrJavaUtilLogging();
        assertViolation(rule, samples(SAMPLES + ".logging"), "PrintsToStdout", "UsesJavaUtilLogging", "PrintsStackTrace");
        assertDoesNotThrow(() -> rule.check(samples(SAMPLES + ".logging.good")));
    }

    @Test
    void packageCyclesAreCaughtIncludingTheRootPackage() {
        assertViolation(PorticoArchRules.noPackageCycles(SAMPLES + ".cycle"), samples(SAMPLES + ".cycle"),
                "Top", "Below");
        assertDoesNotThrow(() -> PorticoArchRules.noPackageCycles(SAMPLES + ".acyclic").check(samples(SAMPLES + ".acyclic")));
        assertThrows(IllegalArgumentException.class, () -> PorticoArchRules.noPackageCycles("com.example.."));
    }

    /** This module's own main code keeps the rules it hands out. */
    @Test
    void theTestingModuleKeepsTheRules() {
        JavaClasses main = origin(Events.class);
        assertTrue(main.contain(PorticoArchRules.class));
        PorticoArchRules.noSystemOutOrJavaUtilLogging().check(main);
        PorticoArchRules.noPackageCycles("dev.portico.testing").check(main);
        PorticoArchRules.noDependencyOnPorticoInternals().check(main);
    }
}
