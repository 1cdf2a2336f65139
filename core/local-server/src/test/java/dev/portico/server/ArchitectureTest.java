package dev.portico.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The local server builds on core's exported API only, checked on its compiled main classes. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.portico.server");

    @Test
    void usesOnlyTheExportedApiOfCore() {
        noClasses().that().resideInAPackage("dev.portico.server..")
                .should().dependOnClassesThat().resideInAPackage("dev.portico.core.internal..").check(MAIN);
        noClasses().that().resideInAPackage("dev.portico.server..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "java..", "dev.portico.server..", "dev.portico.api..", "dev.portico.core",
                        "com.fasterxml.jackson.core..", "com.amazonaws.services.lambda.runtime",
                        "com.sun.net.httpserver..")
                .check(MAIN);
    }

    @Test
    void logsThroughSystemLoggerOnly() {
        noClasses().should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).check(MAIN);
        noClasses().should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING).check(MAIN);
    }
}
