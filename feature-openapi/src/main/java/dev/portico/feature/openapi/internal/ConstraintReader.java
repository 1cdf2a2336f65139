package dev.portico.feature.openapi.internal;

import dev.portico.feature.openapi.annotations.Length;
import dev.portico.feature.openapi.annotations.Max;
import dev.portico.feature.openapi.annotations.Min;
import dev.portico.feature.openapi.annotations.Pattern;
import dev.portico.feature.openapi.internal.Shape.Kind;
import java.lang.reflect.AnnotatedElement;
import java.math.BigDecimal;
import java.util.regex.PatternSyntaxException;

/** Reads {@link Min}, {@link Max}, {@link Length} and {@link Pattern} and checks they fit the type. */
final class ConstraintReader {

    private ConstraintReader() {
    }

    static Constraints read(Shape base, AnnotatedElement[] sources) {
        Min min = Shapes.find(Min.class, sources);
        Max max = Shapes.find(Max.class, sources);
        Length length = Shapes.find(Length.class, sources);
        Pattern pattern = Shapes.find(Pattern.class, sources);
        if (min == null && max == null && length == null && pattern == null) {
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
            try {
                java.util.regex.Pattern.compile(pattern.value());
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("@Pattern(\"" + pattern.value() + "\") is not a valid regular expression: "
                        + e.getDescription(), e);
            }
        }
        return new Constraints(
                min == null ? null : BigDecimal.valueOf(min.value()), min != null && min.exclusive(),
                max == null ? null : BigDecimal.valueOf(max.value()), max != null && max.exclusive(),
                length == null || length.min() == 0 ? null : length.min(),
                length == null || length.max() == Integer.MAX_VALUE ? null : length.max(),
                pattern == null ? null : pattern.value());
    }
}
