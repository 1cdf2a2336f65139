package dev.portico.feature.openapi.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The constraints of one use of a type: numeric bounds and digits, length bounds (of strings, or of
 * lists and maps), a pattern, blank and e-mail checks of strings, past or future of dates and
 * times, a required boolean value, and whether {@code null} is refused. Read from Portico's and
 * Jakarta Bean Validation's annotations by {@link ConstraintReader}; patterns are compiled once,
 * here. Immutable.
 */
public final class Constraints {
    /** No constraints. */
    public static final Constraints NONE = new Builder().build();

    /** When a date or time must be, relative to now. */
    public enum When {
        /** Before now. */
        PAST,
        /** Not after now. */
        PAST_OR_PRESENT,
        /** After now. */
        FUTURE,
        /** Not before now. */
        FUTURE_OR_PRESENT
    }

    private final BigDecimal minimum;
    private final boolean exclusiveMinimum;
    private final BigDecimal maximum;
    private final boolean exclusiveMaximum;
    private final Integer minLength;
    private final Integer maxLength;
    private final String pattern;
    private final boolean fullMatch;
    private final Pattern compiled;
    private final boolean notBlank;
    private final boolean email;
    private final Integer integerDigits;
    private final Integer fractionDigits;
    private final When when;
    private final Boolean assertValue;
    private final boolean notNull;
    private final boolean empty;

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
        this(new Builder().minimum(minimum, exclusiveMinimum).maximum(maximum, exclusiveMaximum)
                .minLength(minLength).maxLength(maxLength).pattern(pattern, false, 0));
    }

    private Constraints(Builder b) {
        this.minimum = b.minimum;
        this.exclusiveMinimum = b.exclusiveMinimum;
        this.maximum = b.maximum;
        this.exclusiveMaximum = b.exclusiveMaximum;
        this.minLength = b.minLength;
        this.maxLength = b.maxLength;
        this.pattern = b.pattern;
        this.fullMatch = b.fullMatch;
        this.compiled = b.pattern == null ? null : Pattern.compile(b.pattern, b.flags);
        this.notBlank = b.notBlank;
        this.email = b.email;
        this.integerDigits = b.integerDigits;
        this.fractionDigits = b.fractionDigits;
        this.when = b.when;
        this.assertValue = b.assertValue;
        this.notNull = b.notNull;
        this.empty = minimum == null && maximum == null && minLength == null && maxLength == null && pattern == null
                && !notBlank && !email && integerDigits == null && when == null && assertValue == null;
    }

    /** @return whether no value is checked ({@link #notNull()} aside) */
    public boolean isEmpty() {
        return empty;
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

    /** @return the pattern as written, or {@code null} */
    public String pattern() {
        return pattern;
    }

    /** @return whether the whole string must match the pattern (Jakarta), rather than contain a match */
    public boolean fullMatch() {
        return fullMatch;
    }

    /** @return the compiled pattern, or {@code null} */
    public Pattern compiledPattern() {
        return compiled;
    }

    /** @return whether a string must hold a character other than white space */
    public boolean notBlank() {
        return notBlank;
    }

    /** @return whether a string must be an e-mail address */
    public boolean email() {
        return email;
    }

    /** @return the most digits before the point, or {@code null} */
    public Integer integerDigits() {
        return integerDigits;
    }

    /** @return the most digits after the point, or {@code null} */
    public Integer fractionDigits() {
        return fractionDigits;
    }

    /** @return when a date or time must be, or {@code null} */
    public When when() {
        return when;
    }

    /** @return the value a boolean must have, or {@code null} */
    public Boolean assertValue() {
        return assertValue;
    }

    /** @return whether {@code null} and absence are refused even for {@code Optional} or {@code @Nullable} */
    public boolean notNull() {
        return notNull;
    }

    /** Collects constraints; {@link #build()} compiles the pattern. */
    public static final class Builder {
        private BigDecimal minimum;
        private boolean exclusiveMinimum;
        private BigDecimal maximum;
        private boolean exclusiveMaximum;
        private Integer minLength;
        private Integer maxLength;
        private String pattern;
        private boolean fullMatch;
        private int flags;
        private boolean notBlank;
        private boolean email;
        private Integer integerDigits;
        private Integer fractionDigits;
        private When when;
        private Boolean assertValue;
        private boolean notNull;

        /** Nothing constrained yet. */
        public Builder() {
        }

        /** @param value a lower bound, or {@code null} @param exclusive whether excluded @return this */
        public Builder minimum(BigDecimal value, boolean exclusive) {
            if (value != null && (minimum == null || value.compareTo(minimum) > 0
                    || (value.compareTo(minimum) == 0 && exclusive))) {
                minimum = value;
                exclusiveMinimum = exclusive;
            }
            return this;
        }

        /** @param value an upper bound, or {@code null} @param exclusive whether excluded @return this */
        public Builder maximum(BigDecimal value, boolean exclusive) {
            if (value != null && (maximum == null || value.compareTo(maximum) < 0
                    || (value.compareTo(maximum) == 0 && exclusive))) {
                maximum = value;
                exclusiveMaximum = exclusive;
            }
            return this;
        }

        /** @param value a minimum length, or {@code null} @return this */
        public Builder minLength(Integer value) {
            if (value != null && (minLength == null || value > minLength)) {
                minLength = value;
            }
            return this;
        }

        /** @param value a maximum length, or {@code null} @return this */
        public Builder maxLength(Integer value) {
            if (value != null && (maxLength == null || value < maxLength)) {
                maxLength = value;
            }
            return this;
        }

        /**
         * @param regex a regular expression, or {@code null}
         * @param whole whether the whole string must match
         * @param regexFlags {@link Pattern} flags
         * @return this
         */
        public Builder pattern(String regex, boolean whole, int regexFlags) {
            if (regex != null) {
                if (pattern != null) {
                    throw new IllegalArgumentException("two patterns, '" + pattern + "' and '" + regex
                            + "', on one value: combine them into one");
                }
                pattern = regex;
                fullMatch = whole;
                flags = regexFlags;
            }
            return this;
        }

        /** @return this, refusing blank strings */
        public Builder notBlank() {
            notBlank = true;
            return this;
        }

        /** @return this, requiring an e-mail address */
        public Builder email() {
            email = true;
            return this;
        }

        /** @param integer most digits before the point @param fraction most after @return this */
        public Builder digits(int integer, int fraction) {
            integerDigits = integer;
            fractionDigits = fraction;
            return this;
        }

        /** @param w when a date or time must be @return this */
        public Builder when(When w) {
            when = w;
            return this;
        }

        /** @param value the value a boolean must have @return this */
        public Builder assertValue(boolean value) {
            assertValue = value;
            return this;
        }

        /** @return this, refusing {@code null} */
        public Builder notNull() {
            notNull = true;
            return this;
        }

        /** @return the constraints */
        public Constraints build() {
            return new Constraints(this);
        }
    }
}
