package dev.portico.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An immutable, ordered map from names to one or more values; the shared implementation of
 * {@link Headers} (names compared case-insensitively) and {@link QueryParams} (case-sensitive).
 */
abstract class MultiValueMap {

    /** A name as first given, with its values. */
    static final class Slot {
        final String name;
        final List<String> values;
        private List<String> view;

        Slot(String name, List<String> values) {
            this.name = name;
            this.values = values;
        }

        /** @return the values, read-only */
        List<String> view() {
            List<String> v = view;
            if (v == null) {
                v = Collections.unmodifiableList(values);
                view = v;
            }
            return v;
        }
    }

    final Map<String, Slot> slots;
    private Map<String, List<String>> asMap;

    MultiValueMap(Map<String, Slot> slots) {
        this.slots = slots;
    }

    abstract String key(String name);

    /**
     * The first value of a name.
     *
     * @param name the name
     * @return the first value, or {@code null} when absent
     */
    public String first(String name) {
        Slot slot = name == null ? null : slots.get(key(name));
        return slot == null || slot.values.isEmpty() ? null : slot.values.get(0);
    }

    /**
     * All values of a name, in the order received.
     *
     * @param name the name
     * @return the values; empty when absent
     */
    public List<String> all(String name) {
        Slot slot = name == null ? null : slots.get(key(name));
        return slot == null ? List.of() : slot.view();
    }

    /**
     * Whether a name is present.
     *
     * @param name the name
     * @return true when it has at least one value
     */
    public boolean contains(String name) {
        return name != null && slots.containsKey(key(name));
    }

    /** @return the names as first given, in insertion order */
    public Set<String> names() {
        return asMap().keySet();
    }

    /** @return how many distinct names there are */
    public int size() {
        return slots.size();
    }

    /** @return true when there are no names */
    public boolean isEmpty() {
        return slots.isEmpty();
    }

    /** @return an unmodifiable view: names as first given, in insertion order, to their values */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> view = asMap;
        if (view == null) {
            Map<String, List<String>> m = new LinkedHashMap<>();
            for (Map.Entry<String, Slot> e : slots.entrySet()) { // not values(): one class fewer to load
                Slot slot = e.getValue();
                m.put(slot.name, slot.view());
            }
            view = Collections.unmodifiableMap(m);
            asMap = view;
        }
        return view;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && asMap().equals(((MultiValueMap) o).asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * Collects values; shared by the builders of the subclasses. {@code build()} hands its map over
     * without copying; a builder used again after that copies first, so built instances never change.
     */
    abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {
        Map<String, Slot> slots = new LinkedHashMap<>();
        private boolean handedOver;

        abstract String key(String name);

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        private void beforeChange() {
            if (handedOver) {
                Map<String, Slot> copy = new LinkedHashMap<>(Math.max(4, slots.size() * 2));
                for (Map.Entry<String, Slot> e : slots.entrySet()) {
                    copy.put(e.getKey(), new Slot(e.getValue().name, new ArrayList<>(e.getValue().values)));
                }
                slots = copy;
                handedOver = false;
            }
        }

        /**
         * Adds a value to a name, after the values it already has. A {@code null} value is ignored.
         *
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public B add(String name, String value) {
            if (name == null || value == null) {
                return self();
            }
            beforeChange();
            String key = key(name);
            Slot slot = slots.get(key);
            if (slot == null) {
                slot = new Slot(name, new ArrayList<>(1));
                slots.put(key, slot);
            }
            slot.values.add(value);
            return self();
        }

        /**
         * Adds several values to a name.
         *
         * @param name the name
         * @param values the values; {@code null} entries are ignored
         * @return this builder
         */
        public B addAll(String name, Iterable<String> values) {
            if (values != null) {
                for (String value : values) {
                    add(name, value);
                }
            }
            return self();
        }

        /**
         * Replaces the values of a name with one value.
         *
         * @param name the name
         * @param value the value; {@code null} removes the name
         * @return this builder
         */
        public B set(String name, String value) {
            remove(name);
            return add(name, value);
        }

        /**
         * Removes a name and its values.
         *
         * @param name the name
         * @return this builder
         */
        public B remove(String name) {
            if (name != null) {
                beforeChange();
                slots.remove(key(name));
            }
            return self();
        }

        /** The values added so far for a name, read-only; empty when none. */
        List<String> values(String name) {
            Slot slot = name == null ? null : slots.get(key(name));
            return slot == null ? List.of() : slot.view();
        }

        /**
         * Whether a name has been added.
         *
         * @param name the name
         * @return true when present
         */
        public boolean contains(String name) {
            return name != null && slots.containsKey(key(name));
        }

        Map<String, Slot> freeze() {
            handedOver = true;
            return slots;
        }
    }
}
