package dev.portico.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/** Finds plugins with {@link ServiceLoader} (once per application build) and merges explicit ones. */
final class Plugins {

    private Plugins() {
    }

    /**
     * @param type the SPI
     * @param discover whether to use ServiceLoader
     * @param explicit plugins registered by the application; they replace discovered ones with the same id
     * @param id how to read a plugin's id
     * @param kind "event source" or "feature", for messages
     * @return the plugins, ordered by id
     * @throws IllegalStateException when two discovered or two explicit plugins share an id
     */
    static <T> List<T> load(Class<T> type, boolean discover, List<T> explicit, Function<T, String> id, String kind) {
        Map<String, T> byId = new LinkedHashMap<>();
        if (discover) {
            ServiceLoader<T> loader = ServiceLoader.load(type, Plugins.class.getClassLoader());
            for (T plugin : loader) {
                put(byId, id.apply(plugin), plugin, kind, "discovered on the class or module path");
            }
        }
        Map<String, T> explicitById = new LinkedHashMap<>();
        for (T plugin : explicit) {
            put(explicitById, id.apply(plugin), plugin, kind, "registered explicitly");
        }
        byId.putAll(explicitById);
        List<T> out = new ArrayList<>(byId.values());
        out.sort((x, y) -> id.apply(x).compareTo(id.apply(y)));
        return out;
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
