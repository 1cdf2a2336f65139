package dev.portico.feature.openapi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** Layering and per-request cost rules, checked on the compiled main classes. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.portico.feature.openapi");

    @Test
    void noPackageCycles() {
        slices().matching("dev.portico.feature.openapi.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void internalsNeverDependOnTheApiPackage() {
        noClasses().that().resideInAPackage("..openapi.internal..")
                .should().dependOnClassesThat().resideInAPackage("dev.portico.feature.openapi").check(MAIN);
    }

    /**
     * What runs per request reads no annotations and reflects on nothing: that all happens once, at
     * build. The only reflective calls per request go through members found at build time, in
     * {@code Invoker} (the route method) and {@code CheckedRecord} (a record's canonical constructor
     * and accessors, as the codec calls them), which are left out of this rule on purpose.
     */
    @Test
    void requestTimeClassesUseNoReflection() {
        noClasses().that().haveSimpleNameStartingWith("TypedHandler")
                .or().haveSimpleNameStartingWith("ParamBinder").or().haveSimpleNameStartingWith("BodyBinder")
                .or().haveSimpleNameStartingWith("RequestBody").or().haveSimpleNameStartingWith("ResultWriter")
                .or().haveSimpleNameStartingWith("ParamParser").or().haveSimpleNameStartingWith("Checks")
                .or().haveSimpleNameStartingWith("JsonValues").or().haveSimpleNameStartingWith("Numbers")
                .or().haveSimpleNameStartingWith("JsonSchema").or().haveSimpleNameStartingWith("EveritProblems")
                .or().haveSimpleNameStartingWith("SchemaValidationMiddleware")
                .should().dependOnClassesThat().resideInAPackage("java.lang.reflect")
                .orShould().dependOnClassesThat().resideInAPackage("dev.portico.feature.openapi.annotations")
                .check(MAIN);
    }

    @Test
    void noSystemOutOrJavaUtilLogging() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(MAIN);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(MAIN);
    }
}
