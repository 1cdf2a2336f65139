package dev.portico.examples.guide;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.portico.testing.ModuleChecks;
import dev.portico.testing.arch.PorticoArchRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/guide/testing.md: Portico's ArchUnit rules and module checks, applied to this module's code. */
class ArchitectureTest {
    // tag::arch[]
    /** The compiled main classes: the same directory on the module path and on the class path. */
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void nothingUsesPorticoInternals() {
        PorticoArchRules.noDependencyOnPorticoInternals().check(MAIN);
    }

    @Test
    void loggingGoesThroughSystemLogger() {
        PorticoArchRules.noSystemOutOrJavaUtilLogging().check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        PorticoArchRules.noPackageCycles("dev.portico.examples.guide").check(MAIN);
    }

    @Test
    void routesUseThePorticoApiOnly() {
        JavaClasses routes = new ClassFileImporter().importClasses(TodoRoutes.class, Routing.class, Errors.class);
        PorticoArchRules.handlersMustNotDependOnLambdaRuntime("dev.portico.examples.guide..").check(routes);
    }
    // end::arch[]

    @Test
    void theMainClassesAreImported() {
        assertTrue(MAIN.contain(Todo.class) && MAIN.contain(RestApiHandler.class));
    }

    // tag::arch-violation[]
    @Test
    void theHandlerRuleCatchesTypedAwsEvents() {
        JavaClasses typed = new ClassFileImporter().importClasses(RequestDetails.class);
        ArchRule rule = PorticoArchRules.handlersMustNotDependOnLambdaRuntime("dev.portico.examples.guide..");

        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(typed));

        assertTrue(error.getMessage().contains("APIGatewayProxyRequestEvent"), error.getMessage());
    }
    // end::arch-violation[]

    // tag::module-checks[]
    @Test
    void moduleInfoAndServiceFilesAgree() {
        ModuleChecks.assertServicesAgree();          // provides in module-info = META-INF/services
    }

    @Test
    void testsRunOnThePathMavenClaims() {
        ModuleChecks.assertLoadedAsExpected(Todo.class); // module path or class path, from portico.path
    }
    // end::module-checks[]
}
