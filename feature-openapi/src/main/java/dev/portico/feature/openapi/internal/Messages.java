package dev.portico.feature.openapi.internal;

import java.math.BigDecimal;
import java.util.List;

/** The codes and messages of validation problems, modelled on pydantic's. */
public final class Messages {

    private Messages() {
    }

    /** @param loc where @return a {@code missing} problem */
    public static Problem missing(List<Object> loc) {
        return new Problem(loc, "missing", "Field required");
    }

    /** @param loc where @return a {@code json_invalid} problem */
    public static Problem jsonInvalid(List<Object> loc) {
        return new Problem(loc, "json_invalid", "JSON decode error");
    }

    /**
     * @param loc where
     * @param raw the numeric Java type
     * @return the problem for a number the type cannot hold (see {@link Numbers})
     */
    public static Problem numberOutOfRange(List<Object> loc, Class<?> raw) {
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return new Problem(loc, "finite_number", "Input should be a finite number");
        }
        if (raw == BigDecimal.class) {
            return new Problem(loc, "decimal_max_digits", "Decimal input should have no more than "
                    + Numbers.MAX_MAGNITUDE + " digits in total");
        }
        return new Problem(loc, "int_parsing_size",
                "Unable to parse input string as an integer, exceeded maximum size");
    }

    /**
     * The problem for a value of the wrong type.
     *
     * @param loc where
     * @param kind the expected kind
     * @param format the expected string format, or {@code null}
     * @param wasString whether the value was a string that could not be converted
     * @param wasNumber whether the value was a number (for integers with a fraction)
     * @return the problem
     */
    public static Problem wrongType(List<Object> loc, Shape.Kind kind, String format, boolean wasString,
                                    boolean wasNumber) {
        return switch (kind) {
            case INTEGER -> wasString
                    ? new Problem(loc, "int_parsing", "Input should be a valid integer, unable to parse string as an integer")
                    : wasNumber
                    ? new Problem(loc, "int_from_float", "Input should be a valid integer, got a number with a fractional part")
                    : new Problem(loc, "int_type", "Input should be a valid integer");
            case NUMBER -> wasString
                    ? new Problem(loc, "float_parsing", "Input should be a valid number, unable to parse string as a number")
                    : new Problem(loc, "float_type", "Input should be a valid number");
            case BOOLEAN -> wasString
                    ? new Problem(loc, "bool_parsing", "Input should be a valid boolean, unable to interpret input")
                    : new Problem(loc, "bool_type", "Input should be a valid boolean");
            case STRING -> format != null && wasString ? formatProblem(loc, format)
                    : new Problem(loc, "string_type", "Input should be a valid string");
            case ENUM -> new Problem(loc, "enum", "Input should be a valid enumeration member");
            case ARRAY -> new Problem(loc, "list_type", "Input should be a valid list");
            case MAP -> new Problem(loc, "dict_type", "Input should be a valid dictionary");
            case OBJECT -> new Problem(loc, "model_attributes_type",
                    "Input should be a valid dictionary or object to extract fields from");
            case ANY -> new Problem(loc, "value_error", "Value error, invalid value");
        };
    }

    /**
     * @param loc where
     * @param format a string format such as {@code uuid} or {@code date}
     * @return the problem for a string that does not have the format
     */
    public static Problem formatProblem(List<Object> loc, String format) {
        return switch (format) {
            case "uuid" -> new Problem(loc, "uuid_parsing", "Input should be a valid UUID, unable to parse string as a UUID");
            case "date" -> new Problem(loc, "date_parsing", "Input should be a valid date in the format YYYY-MM-DD");
            case "date-time" -> new Problem(loc, "datetime_parsing", "Input should be a valid datetime");
            case "time" -> new Problem(loc, "time_parsing", "Input should be a valid time");
            case "duration" -> new Problem(loc, "time_delta_parsing", "Input should be a valid duration");
            case "uri" -> new Problem(loc, "url_parsing", "Input should be a valid URL");
            default -> new Problem(loc, "value_error", "Value error, not a valid " + format);
        };
    }

    /**
     * @param loc where
     * @param allowed the allowed values
     * @return an {@code enum} problem listing the values as pydantic does
     */
    public static Problem notInEnum(List<Object> loc, List<?> allowed) {
        StringBuilder sb = new StringBuilder("Input should be ");
        for (int i = 0; i < allowed.size(); i++) {
            if (i > 0) {
                sb.append(i == allowed.size() - 1 ? " or " : ", ");
            }
            sb.append('\'').append(allowed.get(i)).append('\'');
        }
        return new Problem(loc, "enum", sb.toString());
    }

    /**
     * @param loc where
     * @param limit the limit
     * @param exclusive whether the limit is excluded
     * @return the problem for a number below its minimum
     */
    public static Problem tooSmall(List<Object> loc, BigDecimal limit, boolean exclusive) {
        return exclusive
                ? new Problem(loc, "greater_than", "Input should be greater than " + plain(limit))
                : new Problem(loc, "greater_than_equal", "Input should be greater than or equal to " + plain(limit));
    }

    /**
     * @param loc where
     * @param limit the limit
     * @param exclusive whether the limit is excluded
     * @return the problem for a number above its maximum
     */
    public static Problem tooLarge(List<Object> loc, BigDecimal limit, boolean exclusive) {
        return exclusive
                ? new Problem(loc, "less_than", "Input should be less than " + plain(limit))
                : new Problem(loc, "less_than_equal", "Input should be less than or equal to " + plain(limit));
    }

    /** @param loc where @param min the minimum @return a {@code string_too_short} problem */
    public static Problem stringTooShort(List<Object> loc, int min) {
        return new Problem(loc, "string_too_short", "String should have at least " + min + " character" + plural(min));
    }

    /** @param loc where @param max the maximum @return a {@code string_too_long} problem */
    public static Problem stringTooLong(List<Object> loc, int max) {
        return new Problem(loc, "string_too_long", "String should have at most " + max + " character" + plural(max));
    }

    /** @param loc where @param min the minimum @param actual the size @return a {@code too_short} problem */
    public static Problem listTooShort(List<Object> loc, int min, int actual) {
        return new Problem(loc, "too_short",
                "List should have at least " + min + " item" + plural(min) + " after validation, not " + actual);
    }

    /** @param loc where @param max the maximum @param actual the size @return a {@code too_long} problem */
    public static Problem listTooLong(List<Object> loc, int max, int actual) {
        return new Problem(loc, "too_long",
                "List should have at most " + max + " item" + plural(max) + " after validation, not " + actual);
    }

    /** @param loc where @param pattern the pattern @return a {@code string_pattern_mismatch} problem */
    public static Problem patternMismatch(List<Object> loc, String pattern) {
        return new Problem(loc, "string_pattern_mismatch", "String should match pattern '" + pattern + "'");
    }

    /** @param loc where @return the problem for a blank string where {@code @NotBlank} asks for text */
    public static Problem blank(List<Object> loc) {
        return new Problem(loc, "value_error", "Value error, the string must not be blank");
    }

    /** @param loc where @return the problem for a string that is not an e-mail address */
    public static Problem notEmail(List<Object> loc) {
        return new Problem(loc, "value_error", "Value error, value is not a valid email address");
    }

    /**
     * A structural check of an e-mail address, as Bean Validation's {@code @Email}: one {@code @}, a
     * local part of at most 64 characters, a domain of dot-separated labels, no white space or
     * control characters. Linear in the length; no regular expression.
     *
     * @param s a string
     * @return whether it is an e-mail address
     */
    public static boolean isEmail(String s) {
        int at = s.lastIndexOf('@');
        if (at <= 0 || at > 64 || at == s.length() - 1 || s.length() > 320) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == 0x7f || (c == '@' && i != at) || c == '(' || c == ')' || c == ',' || c == ';'
                    || c == ':' || c == '<' || c == '>' || c == '[' || c == ']' || c == '\\' || c == '"') {
                return false;
            }
        }
        if (s.charAt(0) == '.' || s.charAt(at - 1) == '.' || s.contains("..")) {
            return false;
        }
        int start = at + 1;
        for (int i = start; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '.') {
                int length = i - start;
                if (length == 0 || length > 63 || s.charAt(start) == '-' || s.charAt(i - 1) == '-') {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    /** @param loc where @param value the required value @return a {@code literal_error} problem */
    public static Problem notLiteral(List<Object> loc, boolean value) {
        return new Problem(loc, "literal_error", "Input should be " + (value ? "True" : "False"));
    }

    /** @param loc where @param max most digits before the point @return a {@code decimal_whole_digits} problem */
    public static Problem wholeDigits(List<Object> loc, int max) {
        return new Problem(loc, "decimal_whole_digits", "Decimal input should have no more than " + max + " digit"
                + plural(max) + " before the decimal point");
    }

    /** @param loc where @param max most digits after the point @return a {@code decimal_max_places} problem */
    public static Problem decimalPlaces(List<Object> loc, int max) {
        return new Problem(loc, "decimal_max_places", "Decimal input should have no more than " + max
                + " decimal place" + plural(max));
    }

    /**
     * @param loc where
     * @param date whether the value is a date (not a date and time)
     * @param past whether it should be in the past (else the future)
     * @param present whether the present is allowed
     * @return a {@code date_past}, {@code date_future}, {@code datetime_past} or {@code datetime_future} problem
     */
    public static Problem notWhen(List<Object> loc, boolean date, boolean past, boolean present) {
        String type = (date ? "date_" : "datetime_") + (past ? "past" : "future");
        String msg = (date ? "Date" : "Input") + " should be in the " + (past ? "past" : "future")
                + (present ? " or present" : "");
        return new Problem(loc, type, msg);
    }

    /** @param n a number @return its plain decimal text without trailing zeros, e.g. {@code 1} or {@code 2.5} */
    public static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
