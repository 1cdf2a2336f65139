package dev.portico.feature.openapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.ValidationException;

/**
 * Turns everit's violations of a hand-written schema ({@code SchemaValidationMiddleware}) into
 * pydantic-like problems: the JSON pointer becomes a location, the keyword and the violated schema
 * a code.
 */
public final class EveritProblems {

    private EveritProblems() {
    }

    /**
     * @param e the violation everit threw
     * @param root the validated value
     * @param prefix the location of the value, e.g. {@code ["body"]}
     * @return the problems, in property order
     */
    public static List<Problem> map(ValidationException e, JsonNode root, List<Object> prefix) {
        List<Problem> out = new ArrayList<>();
        collect(e, root, prefix, out);
        return out;
    }

    private static void collect(ValidationException e, JsonNode root, List<Object> prefix,
                                List<Problem> out) {
        List<ValidationException> causes = e.getCausingExceptions();
        String keyword = e.getKeyword();
        if ("anyOf".equals(keyword) || "oneOf".equals(keyword)) {
            List<ValidationException> real = new ArrayList<>();
            for (ValidationException c : causes) {
                if (!(c.getViolatedSchema() instanceof NullSchema)) {
                    real.add(c);
                }
            }
            if (real.size() == 1) {
                collect(real.get(0), root, prefix, out);
            } else {
                List<Object> loc = ShapePath.loc(e.getPointerToViolation(), root, prefix);
                out.add(new Problem(loc, "value_error", "Value error, the input matches none of the allowed schemas"));
            }
        } else if (!causes.isEmpty()) {
            for (ValidationException c : causes) {
                collect(c, root, prefix, out);
            }
        } else {
            out.add(leaf(e, root, prefix));
        }
    }

    private static Problem leaf(ValidationException e, JsonNode root, List<Object> prefix) {
        List<Object> loc = ShapePath.loc(e.getPointerToViolation(), root, prefix);
        List<Object> rel = loc.subList(prefix.size(), loc.size());
        JsonNode node = ShapePath.node(root, rel);
        Schema v = e.getViolatedSchema();
        String msg = e.getErrorMessage();
        switch (String.valueOf(e.getKeyword())) {
            case "required":
                return Messages.missing(Problem.at(loc, between(msg, "required key [", "] not found")));
            case "additionalProperties":
                return new Problem(Problem.at(loc, between(msg, "extraneous key [", "] is not permitted")),
                        "extra_forbidden", "Extra inputs are not permitted");
            case "type":
                // Hand-written schemas convert nothing: a string is just of the wrong type.
                return Messages.wrongType(loc, kind(v, msg), null, false, node != null && node.isNumber());
            case "minimum":
            case "exclusiveMinimum":
                NumberSchema lo = (NumberSchema) v;
                boolean exMin = "exclusiveMinimum".equals(e.getKeyword()) || lo.isExclusiveMinimum();
                return Messages.tooSmall(loc, decimal(lo.getExclusiveMinimumLimit() != null
                        ? lo.getExclusiveMinimumLimit() : lo.getMinimum()), exMin);
            case "maximum":
            case "exclusiveMaximum":
                NumberSchema hi = (NumberSchema) v;
                boolean exMax = "exclusiveMaximum".equals(e.getKeyword()) || hi.isExclusiveMaximum();
                return Messages.tooLarge(loc, decimal(hi.getExclusiveMaximumLimit() != null
                        ? hi.getExclusiveMaximumLimit() : hi.getMaximum()), exMax);
            case "minLength":
                return Messages.stringTooShort(loc, ((StringSchema) v).getMinLength());
            case "maxLength":
                return Messages.stringTooLong(loc, ((StringSchema) v).getMaxLength());
            case "pattern":
                return Messages.patternMismatch(loc, ((StringSchema) v).getPattern().toString());
            case "minItems":
                return Messages.listTooShort(loc, ((ArraySchema) v).getMinItems(), node == null ? 0 : node.size());
            case "maxItems":
                return Messages.listTooLong(loc, ((ArraySchema) v).getMaxItems(), node == null ? 0 : node.size());
            case "enum":
                return Messages.notInEnum(loc, ((EnumSchema) v).getPossibleValuesAsList());
            case "multipleOf":
                return new Problem(loc, "multiple_of",
                        "Input should be a multiple of " + Messages.plain(decimal(((NumberSchema) v).getMultipleOf())));
            case "format":
                String format = v instanceof StringSchema s && s.getFormatValidator() != null
                        ? s.getFormatValidator().formatName() : "format";
                return Messages.formatProblem(loc, format);
            default:
                return new Problem(loc, "value_error", "Value error, " + msg);
        }
    }

    private static Shape.Kind kind(Schema v, String msg) {
        int i = msg.indexOf("expected type: ");
        if (i >= 0) {
            String expected = msg.substring(i + 15).split("[,\\s]", 2)[0];
            switch (expected) {
                case "Integer": return Shape.Kind.INTEGER;
                case "Number": return Shape.Kind.NUMBER;
                case "String": return Shape.Kind.STRING;
                case "Boolean": return Shape.Kind.BOOLEAN;
                case "JSONArray": return Shape.Kind.ARRAY;
                case "JSONObject": return Shape.Kind.MAP;
                default: break;
            }
        }
        if (v instanceof NumberSchema n) {
            return n.requiresInteger() ? Shape.Kind.INTEGER : Shape.Kind.NUMBER;
        } else if (v instanceof StringSchema) {
            return Shape.Kind.STRING;
        } else if (v instanceof BooleanSchema) {
            return Shape.Kind.BOOLEAN;
        } else if (v instanceof ArraySchema) {
            return Shape.Kind.ARRAY;
        } else if (v instanceof EnumSchema) {
            return Shape.Kind.ENUM;
        } else if (v instanceof ObjectSchema) {
            return Shape.Kind.MAP;
        }
        return Shape.Kind.ANY;
    }

    private static BigDecimal decimal(Number n) {
        return new BigDecimal(n.toString());
    }

    private static String between(String msg, String start, String end) {
        int a = msg.indexOf(start);
        int b = msg.lastIndexOf(end);
        return a < 0 || b < a ? msg : msg.substring(a + start.length(), b);
    }
}
