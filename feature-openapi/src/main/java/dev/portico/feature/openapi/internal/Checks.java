package dev.portico.feature.openapi.internal;

import dev.portico.feature.openapi.internal.JsonValues.JsonNumber;
import dev.portico.feature.openapi.internal.Numbers.Outcome;
import dev.portico.feature.openapi.internal.Shape.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Validation of typed routes compiled from shapes when the application is built: a small tree of
 * checks, one per type use, each holding its constraints (patterns compiled once), that converts
 * laxly (pydantic's lax mode, for requests) and validates the plain values of {@link JsonValues}
 * in one walk, reporting pydantic-like problems in declaration order. No JSON Schema library and
 * no tree model is involved. Thread-safe.
 */
public final class Checks {

    private Checks() {
    }

    /** A compiled check of one type use. */
    public abstract static class Check {
        private final Shape shape;
        final Constraints constraints;

        Check(Shape shape) {
            this.shape = shape;
            this.constraints = shape.constraints();
        }

        /**
         * Converts (in lax mode) and validates a value.
         *
         * @param value a value of {@link JsonValues} ({@code null} for JSON null)
         * @param loc its location; restored on return
         * @param problems where problems go
         * @param lax whether strings holding numbers or booleans are converted and formats checked
         *     (requests), or values must already have their JSON type (responses)
         * @return the converted value; anything when a problem was added
         */
        public final Object apply(Object value, List<Object> loc, List<Problem> problems, boolean lax) {
            if (value == null) {
                if (!shape.nullable()) {
                    problems.add(shape.kind() == Kind.ENUM ? Messages.notInEnum(loc, shape.def().values())
                            : Messages.wrongType(loc, shape.kind(), null, false, false));
                }
                return null;
            }
            return check(value, loc, problems, lax);
        }

        abstract Object check(Object value, List<Object> loc, List<Problem> problems, boolean lax);

        /** @return the shape this check was compiled from */
        public Shape shape() {
            return shape;
        }

        final Problem wrong(List<Object> loc, boolean wasString, boolean wasNumber) {
            return Messages.wrongType(loc, shape.kind(), null, wasString, wasNumber);
        }
    }

    /**
     * @param shape a shape
     * @return its compiled check
     */
    public static Check compile(Shape shape) {
        return new Compiler().compile(shape);
    }

    private static final class Compiler {
        private final Map<TypeDef, ObjectCheck> objects = new HashMap<>();

        Check compile(Shape s) {
            return switch (s.kind()) {
                case STRING -> new StringCheck(s);
                case INTEGER, NUMBER -> new NumberCheck(s);
                case BOOLEAN -> new BooleanCheck(s);
                case ENUM -> new EnumCheck(s);
                case ARRAY -> new ArrayCheck(s, compile(s.items()));
                case MAP -> new MapCheck(s, compile(s.items()));
                case OBJECT -> object(s);
                case ANY -> new AnyCheck(s);
            };
        }

        private Check object(Shape s) {
            ObjectCheck shared = objects.get(s.def());
            if (shared == null) {
                shared = new ObjectCheck(s);
                objects.put(s.def(), shared);
                List<Property> props = s.def().properties();
                Check[] checks = new Check[props.size()];
                for (int i = 0; i < checks.length; i++) {
                    checks[i] = compile(props.get(i).shape());
                }
                shared.properties(props, checks);
            }
            // Nullability and constraints belong to the use, the properties to the type.
            return s.nullable() == shared.shape().nullable() ? shared : new ObjectUse(s, shared);
        }
    }

    private static final class StringCheck extends Check {
        private final Function<String, Object> reader;
        private final String format;

        StringCheck(Shape s) {
            super(s);
            this.reader = s.textReader();
            this.format = s.format() == null ? "character" : s.format();
        }

        @Override
        Object check(Object value, List<Object> loc, List<Problem> problems, boolean lax) {
            if (!(value instanceof String s)) {
                problems.add(wrong(loc, false, false));
                return null;
            }
            if (lax && reader != null) {
                Object parsed;
                try {
                    parsed = reader.apply(s);
                } catch (RuntimeException e) {
                    problems.add(Messages.formatProblem(loc, format));
                    return s;
                }
                if (constraints.when() != null) {
                    ParamParser.check(constraints, parsed, loc, problems);
                }
            }
            ParamParser.check(constraints, s, loc, problems);
            return s;
        }
    }

    private static final class NumberCheck extends Check {
        private final Class<?> raw;
        private final boolean integer;

        NumberCheck(Shape s) {
            super(s);
            Class<?> type = s.type().raw();
            this.integer = s.kind() == Kind.INTEGER;
            this.raw = Numbers.numeric(type) ? type : integer ? Long.class : BigDecimal.class;
        }

        @Override
        Object check(Object value, List<Object> loc, List<Problem> problems, boolean lax) {
            if (value instanceof JsonNumber n && n.integer()) {
                Object small = Numbers.smallInteger(n.text(), raw);
                if (small != null) {
                    ParamParser.check(constraints, small, loc, problems);
                    return small;
                }
            }
            Numbers.Dec d;
            if (value instanceof JsonNumber n) {
                d = Numbers.parse(n.text());
            } else if (value instanceof String s) {
                d = lax ? Numbers.parse(s) : null;
                if (d == null || (integer && !d.integral())) {
                    problems.add(wrong(loc, true, false));
                    return null;
                }
            } else {
                problems.add(wrong(loc, false, false));
                return null;
            }
            Numbers.Result r = Numbers.convert(d, raw);
            if (r.outcome() != Outcome.OK) {
                problems.add(r.outcome() == Outcome.FRACTION ? wrong(loc, false, true)
                        : r.outcome() == Outcome.NOT_A_NUMBER ? wrong(loc, value instanceof String, false)
                        : Messages.numberOutOfRange(loc, raw));
                return null;
            }
            ParamParser.check(constraints, r.value(), loc, problems);
            return r.value();
        }
    }

    private static final class BooleanCheck extends Check {

        BooleanCheck(Shape s) {
            super(s);
        }

        @Override
        Object check(Object value, List<Object> loc, List<Problem> problems, boolean lax) {
            Boolean b = null;
            if (value instanceof Boolean v) {
                b = v;
            } else if (value instanceof String s) {
                b = lax ? Scalars.bool(s) : null;
                if (b == null) {
                    problems.add(wrong(loc, true, false));
                    return null;
                }
            } else if (lax && value instanceof JsonNumber n && n.integer()) {
                b = n.text().equals("1") ? Boolean.TRUE : n.text().equals("0") ? Boolean.FALSE : null;
            }
            if (b == null) {
                problems.add(wrong(loc, false, false));
                return null;
            }
            ParamParser.check(constraints, b, loc, problems);
            return b;
        }
    }

    private static final class EnumCheck extends Check {
        private final Set<String> values;

        EnumCheck(Shape s) {
            super(s);
            this.values = Set.copyOf(s.def().values());
        }

        @Override
        Object check(Object value, List<Object> loc, List<Problem> problems, boolean lax) {
            if (!(value instanceof String s) || !values.contains(s)) {
                problems.add(Messages.notInEnum(loc, shape().def().values()));
                return null;
            }
            return s;
        }
    }

    private static final class ArrayCheck extends Check {
        private final Check items;

        ArrayCheck(Shape s, Check items) {
            super(s);
            this.items = items;
        }

        @Override
        Object check(Object value, List<Object> loc, List<Problem> problems, boolean lax) {
            if (!(value instanceof List<?> list)) {
                problems.add(wrong(loc, false, false));
                return null;
            }
            ParamParser.check(constraints, list, loc, problems);
            int before = problems.size();
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                loc.add(i);
                out.add(items.apply(list.get(i), loc, problems, lax));
                loc.remove(loc.size() - 1);
            }
            if (shape().unique() && problems.size() == before && new HashSet<>(out).size() < out.size()) {
                problems.add(new Problem(loc, "value_error", "Value error, array items are not unique"));
            }
            return out;
        }
    }

    private static final class MapCheck extends Check {
        private final Check values;

        MapCheck(Shape s, Check values) {
            super(s);
            this.values = values;
        }

        @Override
        Object check(Object value, List<Object> loc, List<Problem> problems, boolean lax) {
            if (!(value instanceof Map<?, ?> map)) {
                problems.add(wrong(loc, false, false));
                return null;
            }
            ParamParser.check(constraints, map, loc, problems);
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                loc.add(e.getKey());
                out.put((String) e.getKey(), values.apply(e.getValue(), loc, problems, lax));
                loc.remove(loc.size() - 1);
            }
            return out;
        }
    }

    private static final class ObjectCheck extends Check {
        private String[] names;
        private boolean[] required;
        private Check[] checks;

        ObjectCheck(Shape s) {
            super(s);
        }

        void properties(List<Property> props, Check[] compiled) {
            names = new String[props.size()];
            required = new boolean[props.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = props.get(i).name();
                required[i] = props.get(i).required();
            }
            checks = compiled;
        }

        @Override
        Object check(Object value, List<Object> loc, List<Problem> problems, boolean lax) {
            if (!(value instanceof Map<?, ?> map)) {
                problems.add(wrong(loc, false, false));
                return null;
            }
            Map<String, Object> out = new LinkedHashMap<>(map.size() * 2);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put((String) e.getKey(), e.getValue());
            }
            for (int i = 0; i < names.length; i++) {
                loc.add(names[i]);
                if (map.containsKey(names[i])) {
                    out.put(names[i], checks[i].apply(map.get(names[i]), loc, problems, lax));
                } else if (required[i]) {
                    problems.add(Messages.missing(loc));
                }
                loc.remove(loc.size() - 1);
            }
            return out;
        }
    }

    /** A use of an object type whose nullability differs from the shared definition's. */
    private static final class ObjectUse extends Check {
        private final ObjectCheck type;

        ObjectUse(Shape s, ObjectCheck type) {
            super(s);
            this.type = type;
        }

        @Override
        Object check(Object value, List<Object> loc, List<Problem> problems, boolean lax) {
            return type.check(value, loc, problems, lax);
        }
    }

    private static final class AnyCheck extends Check {
        AnyCheck(Shape s) {
            super(s);
        }

        @Override
        Object check(Object value, List<Object> loc, List<Problem> problems, boolean lax) {
            return value;
        }
    }
}
