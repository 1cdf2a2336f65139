package dev.portico.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** Layering of api and core, checked on the compiled main classes. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.portico.api", "dev.portico.core");

    @Test
    void apiDependsOnlyOnTheJdkJacksonAndLambdaCore() {
        noClasses().that().resideInAPackage("dev.portico.api..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "java..", "dev.portico.api..", "com.fasterxml.jackson..",
                        "com.amazonaws.services.lambda.runtime")
                .check(MAIN);
    }

    @Test
    void apiNeverDependsOnCore() {
        noClasses().that().resideInAPackage("dev.portico.api..")
                .should().dependOnClassesThat().resideInAPackage("dev.portico.core..").check(MAIN);
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.portico.(**)").should().beFreeOfCycles().check(MAIN);
    }

    /**
     * Everything logs through System.Logger. The one exception is LogFormat (and its nested classes):
     * when java.util.logging is System.Logger's backend it writes Portico's one-line records in
     * Lambda's log format to the standard streams (docs/running-on-lambda.md, "Logs").
     */
    @Test
    void noSystemOutOrJavaUtilLogging() {
        DescribedPredicate<JavaClass> notTheLogWriter = DescribedPredicate.describe("are not Portico's log line writer",
                c -> !c.getName().startsWith("dev.portico.core.internal.LogFormat"));
        noClasses().that(notTheLogWriter).should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).check(MAIN);
        noClasses().that(notTheLogWriter).should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING).check(MAIN);
    }

    @Test
    void testsRunWhereTheBuildSaysTheyRun() {
        String mode = System.getProperty("portico.path", "");
        boolean named = Resolver.class.getModule().isNamed();
        if ("module".equals(mode)) {
            assertEquals("dev.portico.core", Resolver.class.getModule().getName());
        } else if ("class".equals(mode)) {
            assertEquals(false, named, "on the class path every class is in the unnamed module");
        }
    }
}
