package dev.portico.feature.openapi.internal;

import dev.portico.feature.openapi.internal.Shape.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one scalar parameter value (path, query or header) from text into its Java type and
 * checks its constraints; built once per parameter, so a request only runs the precomputed reader.
 */
public final class ParamParser {
    private final Shape shape;
    private final Function<String, Object> reader;
    private final Map<String, Object> constants;

    private ParamParser(Shape shape, Function<String, Object> reader, Map<String, Object> constants) {
        this.shape = shape;
        this.reader = reader;
        this.constants = constants;
    }

    /**
     * @param shape a scalar or enum shape
     * @return its parser
     * @throws IllegalArgumentException for objects, maps and lists
     */
    public static ParamParser of(Shape shape) {
        Kind k = shape.kind();
        if (k == Kind.ENUM) {
            Map<String, Object> constants = new HashMap<>();
            for (Object c : shape.type().raw().getEnumConstants()) {
                constants.put(((Enum<?>) c).name(), c);
            }
            return new ParamParser(shape, null, Map.copyOf(constants));
        }
        if (k == Kind.OBJECT || k == Kind.MAP || k == Kind.ARRAY) {
            throw new IllegalArgumentException("parameters take strings, numbers, booleans, enums, UUID, java.time "
                    + "values or lists of them, not " + shape.type().toCanonical());
        }
        return new ParamParser(shape, Scalars.reader(shape.type().raw()), Map.of());
    }

    /** @return the shape */
    public Shape shape() {
        return shape;
    }

    /**
     * @param text the value as sent
     * @param loc where, for problems
     * @param problems where problems go
     * @return the value, or {@code null} when a problem was added
     */
    public Object parse(String text, List<Object> loc, List<Problem> problems) {
        Object value;
        if (constants.isEmpty() && shape.kind() != Kind.ENUM) {
            try {
                value = reader == null ? text : reader.apply(text);
            } catch (Scalars.OutOfRange e) {
                problems.add(Messages.numberOutOfRange(loc, shape.type().raw()));
                return null;
            } catch (RuntimeException e) {
                problems.add(Messages.wrongType(loc, shape.kind(), shape.format(), true, false));
                return null;
            }
        } else {
            value = constants.get(text);
            if (value == null) {
                problems.add(Messages.notInEnum(loc, shape.def().values()));
                return null;
            }
        }
        int before = problems.size();
        check(shape.constraints(), value, loc, problems);
        return problems.size() == before ? value : null;
    }

    /**
     * Checks a value against constraints.
     *
     * @param c the constraints
     * @param value a number, string or collection
     * @param loc where
     * @param problems where problems go
     */
    public static void check(Constraints c, Object value, List<Object> loc, List<Problem> problems) {
        if (c.isEmpty() || value == null) {
            return;
        }
        if (value instanceof Number n) {
            BigDecimal d = decimal(n);
            if (c.minimum() != null) {
                int cmp = d.compareTo(c.minimum());
                if (cmp < 0 || (cmp == 0 && c.exclusiveMinimum())) {
                    problems.add(Messages.tooSmall(loc, c.minimum(), c.exclusiveMinimum()));
                }
            }
            if (c.maximum() != null) {
                int cmp = d.compareTo(c.maximum());
                if (cmp > 0 || (cmp == 0 && c.exclusiveMaximum())) {
                    problems.add(Messages.tooLarge(loc, c.maximum(), c.exclusiveMaximum()));
                }
            }
            if (c.integerDigits() != null) {
                digits(c, d, loc, problems);
            }
        } else if (value instanceof CharSequence s) {
            String text = s.toString();
            int length = text.codePointCount(0, text.length());
            if (c.minLength() != null && length < c.minLength()) {
                problems.add(Messages.stringTooShort(loc, c.minLength()));
            }
            if (c.maxLength() != null && length > c.maxLength()) {
                problems.add(Messages.stringTooLong(loc, c.maxLength()));
            }
            if (c.notBlank() && text.isBlank()) {
                problems.add(Messages.blank(loc));
            }
            if (c.email() && !Messages.isEmail(text)) {
                problems.add(Messages.notEmail(loc));
            }
            if (c.compiledPattern() != null && !(c.fullMatch() ? c.compiledPattern().matcher(text).matches()
                    : c.compiledPattern().matcher(text).find())) {
                problems.add(Messages.patternMismatch(loc, c.pattern()));
            }
        } else if (value instanceof java.util.Collection<?> list) {
            sizes(c, list.size(), loc, problems);
        } else if (value instanceof java.util.Map<?, ?> map) {
            sizes(c, map.size(), loc, problems);
        } else if (value instanceof Boolean b) {
            if (c.assertValue() != null && !c.assertValue().equals(b)) {
                problems.add(Messages.notLiteral(loc, c.assertValue()));
            }
        } else if (c.when() != null && value instanceof java.time.temporal.Temporal t) {
            Temporals.check(c.when(), t, loc, problems);
        }
    }

    private static void sizes(Constraints c, int size, List<Object> loc, List<Problem> problems) {
        if (c.minLength() != null && size < c.minLength()) {
            problems.add(Messages.listTooShort(loc, c.minLength(), size));
        }
        if (c.maxLength() != null && size > c.maxLength()) {
            problems.add(Messages.listTooLong(loc, c.maxLength(), size));
        }
    }

    private static void digits(Constraints c, BigDecimal d, List<Object> loc, List<Problem> problems) {
        BigDecimal s = d.stripTrailingZeros();
        int fraction = Math.max(0, s.scale());
        int whole = Math.max(0, s.precision() - s.scale());
        if (s.signum() == 0) {
            whole = 0;
        }
        if (whole > c.integerDigits()) {
            problems.add(Messages.wholeDigits(loc, c.integerDigits()));
        }
        if (fraction > c.fractionDigits()) {
            problems.add(Messages.decimalPlaces(loc, c.fractionDigits()));
        }
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        return BigDecimal.valueOf(n.longValue());
    }
}
