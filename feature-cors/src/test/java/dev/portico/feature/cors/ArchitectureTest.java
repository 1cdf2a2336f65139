package dev.portico.feature.cors;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.portico.testing.arch.PorticoArchRules;
import org.junit.jupiter.api.Test;

/** The feature's main code uses Portico's API and exported core only, and logs through System.Logger. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.portico.feature.cors");

    @Test
    void layering() {
        PorticoArchRules.pluginsMustNotUseCoreInternals().check(MAIN);
        PorticoArchRules.noSystemOutOrJavaUtilLogging().check(MAIN);
        PorticoArchRules.noPackageCycles("dev.portico.feature.cors").check(MAIN);
    }
}
