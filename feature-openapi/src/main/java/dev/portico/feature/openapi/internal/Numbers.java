package dev.portico.feature.openapi.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Every numeric conversion of typed routes (bodies, path, query and header values; JSON numbers and
 * lax strings), in time bounded by the length of the text whatever its exponent or digit count: the
 * text is read into sign, significant digits and exponent without computing any power, and only
 * numbers whose magnitude Java can hold become {@link BigDecimal}s. Limits (docs/bad-input.md):
 * at most {@value #MAX_TEXT} characters; {@code BigInteger} values of at most {@value #MAX_MAGNITUDE}
 * digits; {@code BigDecimal} values of at most {@value #MAX_MAGNITUDE} significant digits within
 * {@code 10^±}{@value #MAX_MAGNITUDE}.
 */
public final class Numbers {
    /** The longest text read as a number; longer text is not a number. */
    public static final int MAX_TEXT = 1000;
    /** The largest decimal exponent of a {@code BigInteger} or {@code BigDecimal} value (and its smallest, negated). */
    public static final int MAX_MAGNITUDE = 1000;
    private static final long EXPONENT_CAP = 1_000_000_000_000L;

    private Numbers() {
    }

    /** What happened to a conversion. */
    public enum Outcome {
        /** Converted. */
        OK,
        /** The text is not a number. */
        NOT_A_NUMBER,
        /** A number with a fraction where an integer is wanted. */
        FRACTION,
        /** A number too large (or, for decimals, too precise) for the Java type. */
        OUT_OF_RANGE
    }

    /**
     * A number read from text: {@code (negative ? -1 : 1) * digits * 10^exponent}, digits without
     * leading or trailing zeros ({@code "0"} for zero, with the exponent as written), the exponent
     * saturated far beyond any limit.
     *
     * @param negative the sign
     * @param digits the significant digits
     * @param exponent the power of ten of the last digit
     * @param text the number as written (trimmed), which keeps a decimal's scale
     */
    public record Dec(boolean negative, String digits, long exponent, String text) {

        /** @return whether this is zero */
        public boolean zero() {
            return digits.equals("0");
        }

        /** @return the power of ten of the first digit: {@code 1e3} and {@code 1.5e3} give 3 */
        public long magnitude() {
            return zero() ? 0 : digits.length() - 1 + exponent;
        }

        /** @return whether the value has no fraction */
        public boolean integral() {
            return zero() || exponent >= 0;
        }

        /** @return whether {@link #toBigDecimal()} is cheap and exact */
        public boolean bounded() {
            return zero() || (magnitude() <= MAX_MAGNITUDE && magnitude() >= -MAX_MAGNITUDE);
        }

        /** @return the value; only call when {@link #bounded()} */
        public BigDecimal toBigDecimal() {
            // Zero is bounded whatever its exponent; BigDecimal's scale is not.
            return zero() && (exponent > MAX_MAGNITUDE || exponent < -MAX_MAGNITUDE) ? BigDecimal.ZERO
                    : new BigDecimal(text);
        }

        /**
         * Compares with a bound of at most {@value #MAX_MAGNITUDE} in magnitude, in constant time for
         * values beyond it.
         *
         * @param limit the bound
         * @return negative, zero or positive as this is below, at or above the limit
         */
        public int compareTo(BigDecimal limit) {
            if (bounded()) {
                return toBigDecimal().compareTo(limit);
            }
            // Beyond 10^MAX_MAGNITUDE (or below 10^-MAX_MAGNITUDE): as far from zero as it needs to be.
            if (magnitude() > 0) {
                return negative ? -1 : 1;
            }
            int sign = limit.signum();
            if (sign != 0) {
                return -sign;
            }
            return negative ? -1 : 1;
        }
    }

    /**
     * Reads a decimal number: optional sign, digits with an optional point, an optional exponent.
     * Surrounding white space is allowed; the text must end with a digit.
     *
     * @param text the text
     * @return the number, or {@code null} when the text is not one or is longer than {@value #MAX_TEXT}
     */
    public static Dec parse(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - start == 0 || end - start > MAX_TEXT || !digit(text.charAt(end - 1))) {
            return null;
        }
        int i = start;
        boolean negative = false;
        char c = text.charAt(i);
        if (c == '+' || c == '-') {
            negative = c == '-';
            i++;
        }
        StringBuilder digits = new StringBuilder();
        long fraction = 0;
        boolean point = false;
        boolean any = false;
        for (; i < end; i++) {
            c = text.charAt(i);
            if (digit(c)) {
                any = true;
                if (digits.length() > 0 || c != '0') {
                    digits.append(c);
                }
                if (point) {
                    fraction++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (!any) {
            return null;
        }
        long exponent = 0;
        if (i < end) {
            c = text.charAt(i);
            if (c != 'e' && c != 'E') {
                return null;
            }
            i++;
            boolean negativeExponent = false;
            if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                negativeExponent = text.charAt(i) == '-';
                i++;
            }
            if (i == end) {
                return null;
            }
            for (; i < end; i++) {
                c = text.charAt(i);
                if (!digit(c)) {
                    return null;
                }
                exponent = Math.min(EXPONENT_CAP, exponent * 10 + (c - '0'));
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        return dec(negative, digits, exponent - fraction, text.substring(start, end));
    }

    /**
     * Reads the integer syntax of path, query and header values: an optional sign and digits.
     *
     * @param text the text
     * @return the number, or {@code null} when the text is not an integer
     */
    public static Dec parseInteger(String text) {
        Dec d = parse(text);
        if (d == null) {
            return null;
        }
        String t = text.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!digit(c) && !(i == 0 && (c == '+' || c == '-'))) {
                return null;
            }
        }
        return d;
    }

    private static Dec dec(boolean negative, StringBuilder digits, long exponent, String text) {
        int last = digits.length();
        while (last > 0 && digits.charAt(last - 1) == '0') {
            last--;
        }
        if (last == 0) {
            return new Dec(false, "0", exponent, text);
        }
        return new Dec(negative, digits.substring(0, last), exponent + (digits.length() - last), text);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The result of a conversion.
     *
     * @param outcome what happened
     * @param value the Java value when {@link Outcome#OK}
     */
    public record Result(Outcome outcome, Object value) {
        private static final Result NOT_A_NUMBER = new Result(Outcome.NOT_A_NUMBER, null);
        private static final Result FRACTION = new Result(Outcome.FRACTION, null);
        private static final Result OUT_OF_RANGE = new Result(Outcome.OUT_OF_RANGE, null);
    }

    /**
     * Converts a number to a numeric Java type.
     *
     * @param d the number, or {@code null} for text that is not one
     * @param raw {@code int}, {@code long}, {@code short}, {@code byte}, {@code BigInteger},
     *     {@code double}, {@code float}, {@code BigDecimal} or their boxes
     * @return the value, or why there is none
     */
    public static Result convert(Dec d, Class<?> raw) {
        if (d == null) {
            return Result.NOT_A_NUMBER;
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            boolean single = raw == float.class || raw == Float.class;
            if (d.magnitude() > (single ? 39 : 309)) {
                return Result.OUT_OF_RANGE;
            }
            double v = d.magnitude() < -400 ? (d.negative() ? -0.0 : 0.0) : Double.parseDouble(d.text());
            if (single) {
                float f = (float) v;
                return Float.isInfinite(f) ? Result.OUT_OF_RANGE : new Result(Outcome.OK, f);
            }
            return Double.isInfinite(v) ? Result.OUT_OF_RANGE : new Result(Outcome.OK, v);
        }
        if (raw == BigDecimal.class) {
            return d.bounded() && d.digits().length() <= MAX_MAGNITUDE
                    ? new Result(Outcome.OK, d.toBigDecimal()) : Result.OUT_OF_RANGE;
        }
        if (!d.integral()) {
            return Result.FRACTION;
        }
        if (raw == BigInteger.class) {
            return d.magnitude() < MAX_MAGNITUDE
                    ? new Result(Outcome.OK, d.toBigDecimal().toBigIntegerExact()) : Result.OUT_OF_RANGE;
        }
        if (d.magnitude() > 18) {
            return Result.OUT_OF_RANGE;
        }
        BigInteger big = d.toBigDecimal().toBigIntegerExact();
        if (big.bitLength() > 63) {
            return Result.OUT_OF_RANGE;
        }
        long v = big.longValue();
        if (raw == int.class || raw == Integer.class) {
            return v == (int) v ? new Result(Outcome.OK, (int) v) : Result.OUT_OF_RANGE;
        } else if (raw == short.class || raw == Short.class) {
            return v == (short) v ? new Result(Outcome.OK, (short) v) : Result.OUT_OF_RANGE;
        } else if (raw == byte.class || raw == Byte.class) {
            return v == (byte) v ? new Result(Outcome.OK, (byte) v) : Result.OUT_OF_RANGE;
        }
        return new Result(Outcome.OK, v);
    }

    /**
     * The common case of {@link #convert}, without building a {@code Dec}, {@code BigDecimal} or
     * {@code BigInteger}: a JSON integer of at most 18 digits into an integral type it fits.
     *
     * @param text the text of a JSON integer token ({@code -?(0|[1-9][0-9]*)})
     * @param raw the target type
     * @return what {@code convert(parse(text), raw)} gives when it is {@code OK}, or {@code null}
     *     when the general conversion must run (longer text, another type, out of range)
     */
    public static Object smallInteger(String text, Class<?> raw) {
        int n = text.length();
        if (n == 0 || n > 18 || (n == 1 && text.charAt(0) == '-')) {
            return null;
        }
        for (int i = text.charAt(0) == '-' ? 1 : 0; i < n; i++) {
            if (!digit(text.charAt(i))) {
                return null;
            }
        }
        long v = Long.parseLong(text);
        if (raw == int.class || raw == Integer.class) {
            return v == (int) v ? (Object) (int) v : null;
        } else if (raw == long.class || raw == Long.class) {
            return v;
        } else if (raw == short.class || raw == Short.class) {
            return v == (short) v ? (Object) (short) v : null;
        } else if (raw == byte.class || raw == Byte.class) {
            return v == (byte) v ? (Object) (byte) v : null;
        }
        return null;
    }

    /**
     * @param raw a class
     * @return whether {@link #convert} reads it
     */
    public static boolean numeric(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class
                || raw == BigInteger.class || raw == double.class || raw == Double.class || raw == float.class
                || raw == Float.class || raw == BigDecimal.class;
    }
}
