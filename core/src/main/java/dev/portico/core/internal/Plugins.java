package dev.portico.core.internal;

import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.Feature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Finds plugins with {@link ServiceLoader} (once per application build) and merges explicit ones. */
final class Plugins {

    private Plugins() {
    }

    /**
     * @param type the SPI
     * @param discover whether to use ServiceLoader
     * @param explicit plugins registered by the application; they replace discovered ones with the same id
     * @param kind "event source" or "feature", for messages
     * @return the plugins, ordered by id
     * @throws IllegalStateException when two discovered or two explicit plugins share an id
     */
    static <T> List<T> load(Class<T> type, boolean discover, List<T> explicit, String kind) {
        if (!discover && explicit.isEmpty()) {
            return new ArrayList<>(0);
        }
        Map<String, T> byId = new LinkedHashMap<>();
        if (discover) {
            ServiceLoader<T> loader = ServiceLoader.load(type, Plugins.class.getClassLoader());
            for (T plugin : loader) {
                put(byId, id(plugin), plugin, kind, "discovered on the class or module path");
            }
        }
        Map<String, T> explicitById = new LinkedHashMap<>();
        for (T plugin : explicit) {
            put(explicitById, id(plugin), plugin, kind, "registered explicitly");
        }
        byId.putAll(explicitById);
        List<T> out = new ArrayList<>(byId.size());
        for (Map.Entry<String, T> e : byId.entrySet()) {
            out.add(e.getValue()); // not values(): one class fewer to load at start-up
        }
        // An insertion sort by id (a handful of plugins), not out.sort(lambda): every lambda and
        // method reference spins a class at run time the first time it is used (cold start).
        for (int i = 1; i < out.size(); i++) {
            T x = out.get(i);
            int j = i - 1;
            while (j >= 0 && id(out.get(j)).compareTo(id(x)) > 0) {
                out.set(j + 1, out.get(j));
                j--;
            }
            out.set(j + 1, x);
        }
        return out;
    }

    /** The id of an {@link EventSource} or a {@link Feature}. */
    static String id(Object plugin) {
        return plugin instanceof EventSource s ? s.id() : ((Feature) plugin).id();
    }

    private static <T> void put(Map<String, T> byId, String id, T plugin, String kind, String how) {
        if (id == null || id.isEmpty()) {
            throw new IllegalStateException("The " + kind + " " + plugin.getClass().getName() + " has no id");
        }
        T previous = byId.putIfAbsent(id, plugin);
        if (previous != null && previous.getClass() != plugin.getClass()) {
            throw new IllegalStateException("Two " + kind + "s " + how + " have the id '" + id + "': "
                    + previous.getClass().getName() + " and " + plugin.getClass().getName()
                    + ". Remove one of the jars, or register the one you want explicitly.");
        }
        if (previous != null && how.startsWith("registered")) {
            throw new IllegalStateException("The " + kind + " '" + id + "' is registered twice; register it once");
        }
    }
}
