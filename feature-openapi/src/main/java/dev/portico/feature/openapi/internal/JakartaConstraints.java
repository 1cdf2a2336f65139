package dev.portico.feature.openapi.internal;

import dev.portico.feature.openapi.internal.Constraints.When;
import dev.portico.feature.openapi.internal.Shape.Kind;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Jakarta Bean Validation's built-in constraints as Portico constraints. Only loaded when an
 * annotation of {@code jakarta.validation.constraints} was found, so the optional
 * {@code jakarta.validation-api} jar is then present.
 */
final class JakartaConstraints {
    private static final Set<Class<?>> TEMPORAL = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
            OffsetDateTime.class, ZonedDateTime.class);

    private JakartaConstraints() {
    }

    static void apply(Annotation a, Shape base, Constraints.Builder b) {
        String name = "@" + a.annotationType().getSimpleName();
        plain(a, name);
        if (a instanceof NotNull n) {
            b.notNull();
        } else if (a instanceof NotEmpty n) {
            sized(base, name);
            b.notNull().minLength(1);
        } else if (a instanceof NotBlank n) {
            kind(base, name, "strings", Kind.STRING);
            b.notNull().notBlank();
        } else if (a instanceof Size s) {
            sized(base, name);
            if (s.min() < 0 || s.max() < s.min()) {
                throw new IllegalArgumentException("@Size(min = " + s.min() + ", max = " + s.max()
                        + ") is empty: min must be at least 0 and at most max");
            }
            b.minLength(s.min() == 0 ? null : s.min()).maxLength(s.max() == Integer.MAX_VALUE ? null : s.max());
        } else if (a instanceof Min m) {
            numeric(base, name);
            b.minimum(BigDecimal.valueOf(m.value()), false);
        } else if (a instanceof Max m) {
            numeric(base, name);
            b.maximum(BigDecimal.valueOf(m.value()), false);
        } else if (a instanceof DecimalMin m) {
            numeric(base, name);
            b.minimum(decimal(m.value(), name), !m.inclusive());
        } else if (a instanceof DecimalMax m) {
            numeric(base, name);
            b.maximum(decimal(m.value(), name), !m.inclusive());
        } else if (a instanceof Positive p) {
            numeric(base, name);
            b.minimum(BigDecimal.ZERO, true);
        } else if (a instanceof PositiveOrZero p) {
            numeric(base, name);
            b.minimum(BigDecimal.ZERO, false);
        } else if (a instanceof Negative p) {
            numeric(base, name);
            b.maximum(BigDecimal.ZERO, true);
        } else if (a instanceof NegativeOrZero p) {
            numeric(base, name);
            b.maximum(BigDecimal.ZERO, false);
        } else if (a instanceof Digits d) {
            numeric(base, name);
            if (d.integer() < 0 || d.fraction() < 0) {
                throw new IllegalArgumentException("@Digits(integer = " + d.integer() + ", fraction = " + d.fraction()
                        + ") needs counts of at least 0");
            }
            b.digits(d.integer(), d.fraction());
        } else if (a instanceof Pattern p) {
            kind(base, name, "strings", Kind.STRING);
            int flags = flags(p.flags());
            ConstraintReader.compiles(p.regexp(), flags, "@Pattern");
            b.pattern(p.regexp(), true, flags);
        } else if (a instanceof Email e) {
            kind(base, name, "strings", Kind.STRING);
            b.email();
            if (!e.regexp().equals(".*")) {
                int flags = flags(e.flags());
                ConstraintReader.compiles(e.regexp(), flags, "@Email(regexp)");
                b.pattern(e.regexp(), true, flags);
            }
        } else if (a instanceof Past p) {
            temporal(base, name);
            b.when(When.PAST);
        } else if (a instanceof PastOrPresent p) {
            temporal(base, name);
            b.when(When.PAST_OR_PRESENT);
        } else if (a instanceof Future f) {
            temporal(base, name);
            b.when(When.FUTURE);
        } else if (a instanceof FutureOrPresent f) {
            temporal(base, name);
            b.when(When.FUTURE_OR_PRESENT);
        } else if (a instanceof AssertTrue t) {
            kind(base, name, "booleans", Kind.BOOLEAN);
            b.assertValue(true);
        } else if (a instanceof AssertFalse f) {
            kind(base, name, "booleans", Kind.BOOLEAN);
            b.assertValue(false);
        } else {
            throw new IllegalArgumentException(name + " (" + a.annotationType().getName() + ") is not supported by "
                    + "Portico's typed routes; they support NotNull, NotBlank, NotEmpty, Size, Min, Max, DecimalMin, "
                    + "DecimalMax, Positive, PositiveOrZero, Negative, NegativeOrZero, Pattern, Email, Digits, Past, "
                    + "PastOrPresent, Future, FutureOrPresent, AssertTrue and AssertFalse");
        }
    }

    /** Every Bean Validation constraint has {@code groups()}; Portico has no groups to check them in. */
    private static void plain(Annotation a, String name) {
        Object groups;
        try {
            groups = a.annotationType().getMethod("groups").invoke(a);
        } catch (ReflectiveOperationException e) {
            groups = new Class<?>[0];
        }
        if (groups instanceof Class<?>[] g && g.length > 0) {
            throw new IllegalArgumentException(name + "(groups = ...): validation groups are not supported; "
                    + "typed routes check every constraint on every request. Remove groups");
        }
    }

    private static void kind(Shape base, String name, String what, Kind kind) {
        if (base.kind() != kind) {
            throw new IllegalArgumentException(name + " applies to " + what + ", not to " + base.type().toCanonical());
        }
    }

    private static void numeric(Shape base, String name) {
        if (base.kind() != Kind.INTEGER && base.kind() != Kind.NUMBER) {
            throw new IllegalArgumentException(name + " applies to numbers, not to " + base.type().toCanonical());
        }
    }

    private static void sized(Shape base, String name) {
        Kind k = base.kind();
        if (k != Kind.STRING && k != Kind.ARRAY && k != Kind.MAP) {
            throw new IllegalArgumentException(name + " applies to strings, lists and maps, not to "
                    + base.type().toCanonical());
        }
    }

    private static void temporal(Shape base, String name) {
        if (!TEMPORAL.contains(base.type().raw())) {
            throw new IllegalArgumentException(name + " applies to Instant, LocalDate, LocalDateTime, OffsetDateTime "
                    + "and ZonedDateTime, not to " + base.type().toCanonical());
        }
    }

    private static BigDecimal decimal(String text, String name) {
        Numbers.Dec d = Numbers.parse(text);
        if (d == null || !d.bounded()) {
            throw new IllegalArgumentException(name + "(\"" + text + "\") is not a decimal number within 10^±"
                    + Numbers.MAX_MAGNITUDE);
        }
        return d.toBigDecimal();
    }

    private static int flags(Pattern.Flag[] flags) {
        int out = 0;
        for (Pattern.Flag f : flags) {
            out |= f.getValue();
        }
        return out;
    }
}
