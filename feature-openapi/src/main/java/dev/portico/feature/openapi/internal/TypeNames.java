package dev.portico.feature.openapi.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Gives each named type a unique schema name: its simple class name, or its full name with dots when
 * another type already took the simple one.
 */
public final class TypeNames {
    private final Map<Class<?>, String> names = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    /** @param reserved names used by the document itself, never given to a type */
    public TypeNames(String... reserved) {
        taken.addAll(Set.of(reserved));
    }

    /**
     * @param def a definition
     * @return its unique name
     */
    public String name(TypeDef def) {
        Class<?> type = def.type();
        String name = names.get(type);
        if (name == null) {
            name = type.getSimpleName();
            if (!taken.add(name)) {
                name = type.getName().replace('$', '.');
                for (int i = 2; !taken.add(name); i++) {
                    name = type.getName().replace('$', '.') + i;
                }
            }
            names.put(type, name);
        }
        return name;
    }
}
