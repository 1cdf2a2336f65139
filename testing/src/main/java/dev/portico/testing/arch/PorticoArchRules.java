package dev.portico.testing.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * ArchUnit rules for code built on Portico. Import your classes and check a rule:
 *
 * <pre>{@code
 * JavaClasses classes = new ClassFileImporter().importPackages("com.example.shop");
 * PorticoArchRules.handlersMustNotDependOnLambdaRuntime("com.example.shop.api").check(classes);
 * }</pre>
 *
 * <p>Needs {@code com.tngtech.archunit:archunit} in test scope (this module only declares it optional).
 */
public final class PorticoArchRules {
    private static final String[] JDK = {"java..", "javax.."};
    private static final String JACKSON = "com.fasterxml.jackson..";
    /** The packages of {@code aws-lambda-java-core}: {@code Context}, {@code RequestStreamHandler}, logging. */
    private static final String[] LAMBDA_CORE = {
        "com.amazonaws.services.lambda.runtime", "com.amazonaws.services.lambda.runtime.logging.."};

    private PorticoArchRules() {
    }

    /**
     * Handlers see requests through Portico's API only, so they run the same behind every event source:
     * classes in the given packages must not use {@code com.amazonaws.services.lambda.runtime..}
     * ({@code Context} and the typed events included). Fails when the packages hold no class.
     *
     * @param handlerPackages ArchUnit package patterns, such as {@code com.example.api..}
     * @return the rule
     */
    public static ArchRule handlersMustNotDependOnLambdaRuntime(String... handlerPackages) {
        requirePackages(handlerPackages);
        return noClasses().that().resideInAnyPackage(handlerPackages)
                .should().dependOnClassesThat().resideInAPackage("com.amazonaws.services.lambda.runtime..")
                .because("handlers should depend on dev.portico.api only, so they work behind every event source");
    }

    /**
     * Portico's {@code internal} packages may change in any release: no class outside
     * {@code dev.portico..} may use {@code dev.portico..internal..}.
     *
     * @return the rule
     */
    public static ArchRule noDependencyOnPorticoInternals() {
        return noClasses().that().resideOutsideOfPackage("dev.portico..")
                .should().dependOnClassesThat().resideInAPackage("dev.portico..internal..")
                .because("Portico's internal packages are not API and change without notice")
                .allowEmptyShould(true);
    }

    /**
     * For Portico's own {@code api} module: {@code dev.portico.api..} depends only on the JDK, Jackson
     * and {@code aws-lambda-java-core} (not the AWS events library), besides itself.
     *
     * @return the rule
     */
    public static ArchRule apiMustOnlyDependOnJdkJacksonAndLambdaCore() {
        return classes().that().resideInAPackage("dev.portico.api..")
                .should().onlyDependOnClassesThat(allowed(Stream.concat(
                        Stream.of("dev.portico.api..", JACKSON), Arrays.stream(LAMBDA_CORE))))
                .because("the api module is what every plugin and application loads: it must stay small");
    }

    /**
     * For Portico's event sources and features ({@code dev.portico.source..}, {@code dev.portico.feature..}):
     * see {@link #pluginPackagesMustNotUseCoreInternals(String...)}.
     *
     * @return the rule
     */
    public static ArchRule pluginsMustNotUseCoreInternals() {
        return pluginPackagesMustNotUseCoreInternals("dev.portico.source..", "dev.portico.feature..");
    }

    /**
     * Plugins are written against the API: classes in the given packages depend only on
     * {@code dev.portico.api..}, the exported package {@code dev.portico.core} (not its sub-packages),
     * the JDK, Jackson, AWS libraries ({@code com.amazonaws..}), and the given packages themselves.
     * Fails when the packages hold no class.
     *
     * @param pluginPackages ArchUnit package patterns of the plugin code, such as {@code com.example.cors..}
     * @return the rule
     */
    public static ArchRule pluginPackagesMustNotUseCoreInternals(String... pluginPackages) {
        requirePackages(pluginPackages);
        return classes().that().resideInAnyPackage(pluginPackages)
                .should().onlyDependOnClassesThat(allowed(Stream.concat(Arrays.stream(pluginPackages),
                        Stream.of("dev.portico.api..", "dev.portico.core", JACKSON, "com.amazonaws.."))))
                .because("plugins see Portico through dev.portico.api and dev.portico.core only");
    }

    /**
     * Logging goes through {@link System.Logger}: no class may use {@code System.out}, {@code System.err}
     * ({@code printStackTrace()} included) or {@code java.util.logging}.
     *
     * @return the rule
     */
    public static ArchRule noSystemOutOrJavaUtilLogging() {
        return noClasses().should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .orShould(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
                .because("libraries log through System.Logger, which the application routes where it likes")
                .allowEmptyShould(true);
    }

    /**
     * No two packages under a root depend on each other in a cycle (each package is its own slice,
     * the root included).
     *
     * @param rootPackage a package name such as {@code com.example.shop}
     * @return the rule
     */
    public static ArchRule noPackageCycles(String rootPackage) {
        if (rootPackage == null || rootPackage.isBlank() || rootPackage.contains("..")) {
            throw new IllegalArgumentException("Give a plain package name, such as com.example.shop");
        }
        return SlicesRuleDefinition.slices().assignedFrom(new PackageSlices(rootPackage))
                .should().beFreeOfCycles()
                .allowEmptyShould(true);
    }

    /** Classes in the JDK or the given packages; primitives and arrays of those too. */
    private static DescribedPredicate<JavaClass> allowed(Stream<String> packages) {
        DescribedPredicate<JavaClass> inPackages = resideInAnyPackage(
                Stream.concat(Arrays.stream(JDK), packages).toArray(String[]::new));
        return DescribedPredicate.describe(inPackages.getDescription(), (JavaClass c) -> {
            JavaClass t = c.isArray() ? c.getBaseComponentType() : c;
            return t.isPrimitive() || inPackages.test(t);
        });
    }

    private static void requirePackages(String[] packages) {
        if (packages == null || packages.length == 0) {
            throw new IllegalArgumentException("Name at least one package");
        }
    }

    /** Assigns each class under a root to the slice of its own package. */
    private record PackageSlices(String root) implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            return p.equals(root) || p.startsWith(root + ".") ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages under " + root;
        }
    }
}
