package dev.portico.api;

import java.util.Map;

/**
 * HTTP headers: ordered, multi-valued, names compared case-insensitively (RFC 9110). Immutable;
 * build one with {@link #builder()} or change a copy with {@link #toBuilder()}.
 */
public final class Headers extends MultiValueMap {
    private static final Headers EMPTY = new Headers(Map.of());

    private Headers(Map<String, Slot> slots) {
        super(slots);
    }

    /** @return headers with no entries */
    public static Headers empty() {
        return EMPTY;
    }

    /** @return a builder for headers */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these headers */
    public Builder toBuilder() {
        Builder b = new Builder();
        for (Slot slot : slots.values()) {
            b.addAll(slot.name, slot.values);
        }
        return b;
    }

    @Override
    String key(String name) {
        return lower(name);
    }

    /** Builds {@link Headers}. */
    public static final class Builder extends AbstractBuilder<Builder> {
        private Builder() {
        }

        @Override
        String key(String name) {
            return lower(name);
        }

        /** @return the headers added so far */
        public Headers build() {
            return slots.isEmpty() ? EMPTY : new Headers(freeze());
        }
    }
}
