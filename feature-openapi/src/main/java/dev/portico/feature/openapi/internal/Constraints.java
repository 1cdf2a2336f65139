package dev.portico.feature.openapi.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The constraints of one use of a type: numeric bounds, length bounds (of strings, or of lists when
 * the shape is an array) and a pattern. Immutable.
 */
public final class Constraints {
    /** No constraints. */
    public static final Constraints NONE = new Constraints(null, false, null, false, null, null, null);

    private final BigDecimal minimum;
    private final boolean exclusiveMinimum;
    private final BigDecimal maximum;
    private final boolean exclusiveMaximum;
    private final Integer minLength;
    private final Integer maxLength;
    private final String pattern;
    private final Pattern compiled;

    /**
     * @param minimum the minimum, or {@code null}
     * @param exclusiveMinimum whether the minimum is excluded
     * @param maximum the maximum, or {@code null}
     * @param exclusiveMaximum whether the maximum is excluded
     * @param minLength the minimum length, or {@code null}
     * @param maxLength the maximum length, or {@code null}
     * @param pattern a regular expression to find in strings, or {@code null}
     */
    public Constraints(BigDecimal minimum, boolean exclusiveMinimum, BigDecimal maximum, boolean exclusiveMaximum,
                       Integer minLength, Integer maxLength, String pattern) {
        this.minimum = minimum;
        this.exclusiveMinimum = exclusiveMinimum;
        this.maximum = maximum;
        this.exclusiveMaximum = exclusiveMaximum;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.pattern = pattern;
        this.compiled = pattern == null ? null : Pattern.compile(pattern);
    }

    /** @return whether nothing is constrained */
    public boolean isEmpty() {
        return minimum == null && maximum == null && minLength == null && maxLength == null && pattern == null;
    }

    /** @return the minimum, or {@code null} */
    public BigDecimal minimum() {
        return minimum;
    }

    /** @return whether the minimum is excluded */
    public boolean exclusiveMinimum() {
        return exclusiveMinimum;
    }

    /** @return the maximum, or {@code null} */
    public BigDecimal maximum() {
        return maximum;
    }

    /** @return whether the maximum is excluded */
    public boolean exclusiveMaximum() {
        return exclusiveMaximum;
    }

    /** @return the minimum length, or {@code null} */
    public Integer minLength() {
        return minLength;
    }

    /** @return the maximum length, or {@code null} */
    public Integer maxLength() {
        return maxLength;
    }

    /** @return the pattern, or {@code null} */
    public String pattern() {
        return pattern;
    }

    /** @return the compiled pattern, or {@code null} */
    public Pattern compiledPattern() {
        return compiled;
    }
}
