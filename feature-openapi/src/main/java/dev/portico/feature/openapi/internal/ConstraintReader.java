package dev.portico.feature.openapi.internal;

import dev.portico.feature.openapi.annotations.Length;
import dev.portico.feature.openapi.annotations.Max;
import dev.portico.feature.openapi.annotations.Min;
import dev.portico.feature.openapi.annotations.Pattern;
import dev.portico.feature.openapi.internal.Shape.Kind;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@link Min}, {@link Max}, {@link Length} and {@link Pattern}, and the constraints of Jakarta
 * Bean Validation ({@code jakarta.validation.constraints}, an optional dependency: looked for by
 * name, so nothing fails when it is absent), and checks they fit the type. A Bean Validation
 * constraint Portico does not run fails, naming it.
 */
final class ConstraintReader {
    static final String JAKARTA = "jakarta.validation.constraints.";

    private ConstraintReader() {
    }

    static Constraints read(Shape base, AnnotatedElement[] sources) {
        Min min = Shapes.find(Min.class, sources);
        Max max = Shapes.find(Max.class, sources);
        Length length = Shapes.find(Length.class, sources);
        Pattern pattern = Shapes.find(Pattern.class, sources);
        List<Annotation> jakarta = jakarta(sources);
        if (min == null && max == null && length == null && pattern == null && jakarta.isEmpty()) {
            return Constraints.NONE;
        }
        Kind k = base.kind();
        boolean number = k == Kind.INTEGER || k == Kind.NUMBER;
        if ((min != null || max != null) && !number) {
            throw new IllegalArgumentException("@Min and @Max apply to numbers, not to " + base.type().toCanonical());
        }
        if (length != null && k != Kind.STRING && k != Kind.ARRAY) {
            throw new IllegalArgumentException("@Length applies to strings and lists, not to " + base.type().toCanonical());
        }
        if (length != null && (length.min() < 0 || length.max() < length.min())) {
            throw new IllegalArgumentException("@Length(min = " + length.min() + ", max = " + length.max()
                    + ") is empty: min must be at least 0 and at most max");
        }
        if (pattern != null && k != Kind.STRING) {
            throw new IllegalArgumentException("@Pattern applies to strings, not to " + base.type().toCanonical());
        }
        if (pattern != null) {
            compiles(pattern.value(), 0, "@Pattern");
        }
        Constraints.Builder b = new Constraints.Builder()
                .minimum(min == null ? null : BigDecimal.valueOf(min.value()), min != null && min.exclusive())
                .maximum(max == null ? null : BigDecimal.valueOf(max.value()), max != null && max.exclusive())
                .minLength(length == null || length.min() == 0 ? null : length.min())
                .maxLength(length == null || length.max() == Integer.MAX_VALUE ? null : length.max())
                .pattern(pattern == null ? null : pattern.value(), false, 0);
        for (Annotation a : jakarta) {
            JakartaConstraints.apply(a, base, b);
        }
        return b.build();
    }

    static void compiles(String regex, int flags, String what) {
        try {
            java.util.regex.Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(what + "(\"" + regex + "\") is not a valid regular expression: "
                    + e.getDescription(), e);
        }
    }

    /**
     * The Bean Validation constraints on the sources, once per type, repeated ones unwrapped; a
     * custom constraint (any annotation meta-annotated {@code @jakarta.validation.Constraint}) fails.
     */
    private static List<Annotation> jakarta(AnnotatedElement[] sources) {
        Map<Class<?>, List<Annotation>> found = new LinkedHashMap<>();
        for (AnnotatedElement e : sources) {
            if (e == null) {
                continue;
            }
            for (Annotation a : e.getAnnotations()) {
                Class<? extends Annotation> type = a.annotationType();
                if (type.getName().startsWith(JAKARTA)) {
                    found.putIfAbsent(type, type.getName().endsWith("$List") ? unwrap(a) : List.of(a));
                } else if (customConstraint(type)) {
                    throw new IllegalArgumentException("@" + type.getSimpleName() + " (" + type.getName()
                            + ") is a custom Bean Validation constraint, which Portico's typed routes do not run "
                            + "(they have no validator engine): check the value in the handler, or use the "
                            + "supported constraints of docs/guide/validation.md");
                }
            }
        }
        List<Annotation> out = new ArrayList<>();
        for (List<Annotation> list : found.values()) {
            out.addAll(list);
        }
        return out;
    }

    private static boolean customConstraint(Class<? extends Annotation> type) {
        if (CheckedRecord.ours(type)) {
            // Portico's own annotations are not Bean Validation constraints; reading their
            // meta-annotations would only create annotation proxies at start-up.
            return false;
        }
        for (Annotation meta : type.getAnnotations()) {
            if (meta.annotationType().getName().equals("jakarta.validation.Constraint")) {
                return true;
            }
        }
        return false;
    }

    private static List<Annotation> unwrap(Annotation container) {
        try {
            return List.of((Annotation[]) container.annotationType().getMethod("value").invoke(container));
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException("Cannot read @" + container.annotationType().getName(), e);
        }
    }
}
