package dev.portico.api;

import java.util.Map;

/**
 * Query string parameters: ordered, multi-valued, names case-sensitive, values percent-decoded.
 * Immutable; build one with {@link #builder()}.
 */
public final class QueryParams extends MultiValueMap {
    private static final QueryParams EMPTY = new QueryParams(Map.of());

    private QueryParams(Map<String, Slot> slots) {
        super(slots);
    }

    /** @return parameters with no entries */
    public static QueryParams empty() {
        return EMPTY;
    }

    /** @return a builder for parameters */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    String key(String name) {
        return name;
    }

    /** Builds {@link QueryParams}. */
    public static final class Builder extends AbstractBuilder<Builder> {
        private Builder() {
        }

        @Override
        String key(String name) {
            return name;
        }

        /** @return the parameters added so far */
        public QueryParams build() {
            return slots.isEmpty() ? EMPTY : new QueryParams(freeze());
        }
    }
}
