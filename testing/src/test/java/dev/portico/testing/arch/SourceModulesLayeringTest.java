package dev.portico.testing.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of {@link PorticoArchRules} hold for the main classes of the five built-in event
 * source modules and their shared payload 2.0 support, imported from the test class path (their test classes, and this module's own
 * {@code dev.portico.source.archsample} samples, are left out).
 */
class SourceModulesLayeringTest {
    /** The package of each source module: all six must have been imported. */
    private static final Set<String> SOURCE_PACKAGES = Set.of(
            "dev.portico.source.apigw.rest",
            "dev.portico.source.apigw.http",
            "dev.portico.source.alb",
            "dev.portico.source.function.url",
            "dev.portico.source.vpc.lattice",
            "dev.portico.source.payloadv2");

    private static JavaClasses sources;

    @BeforeAll
    static void importSourceModules() {
        sources = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.portico.source..");
    }

    @Test
    void theMainClassesOfEverySourceModuleAreImported() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : sources) {
            packages.add(c.getPackageName());
            assertTrue(!c.getSimpleName().endsWith("Test") && !c.getPackageName().contains("archsample"),
                    () -> "a test class was imported: " + c.getName());
        }
        assertEquals(new TreeSet<>(SOURCE_PACKAGES), packages);
        assertTrue(sources.contain("dev.portico.source.vpc.lattice.VpcLatticeV2Source"));
    }

    @Test
    void sourcesUseOnlyTheApiAndTheCoresExportedPackage() {
        PorticoArchRules.pluginsMustNotUseCoreInternals().check(sources);
    }

    @Test
    void sourcesLogThroughSystemLoggerOnly() {
        PorticoArchRules.noSystemOutOrJavaUtilLogging().check(sources);
    }

    @Test
    void sourcePackagesHaveNoCycles() {
        PorticoArchRules.noPackageCycles("dev.portico").check(sources);
    }
}
