package dev.portico.feature.openapi.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The titles Powertools (through Pydantic) gives to parameter, property and return schemas: the
 * name with each word capitalised, {@code _} as a space, and camel case split into words, so
 * {@code user_id} and {@code userId} both read {@code User Id}.
 */
public final class Titles {
    /** The title of a declared return's schema. */
    public static final String RETURN = "Return";

    private Titles() {
    }

    /**
     * @param name a parameter or property name
     * @return its title
     */
    public static String of(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        boolean wordStart = true;
        char previous = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_') {
                out.append(' ');
                wordStart = true;
            } else if (Character.isLetter(c)) {
                if (!wordStart && Character.isUpperCase(c) && (Character.isLowerCase(previous) || Character.isDigit(previous))) {
                    out.append(' ');
                    wordStart = true;
                }
                out.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
                wordStart = false;
            } else {
                out.append(c);
                wordStart = !Character.isDigit(c);
            }
            previous = c;
        }
        return out.toString();
    }

    /**
     * Titles a schema as Pydantic does: a schema that is only a reference to a named type keeps the
     * named type's own title.
     *
     * @param schema a schema
     * @param title the title, or {@code null} for none
     * @return the schema
     */
    public static ObjectNode put(ObjectNode schema, String title) {
        if (title != null && !schema.has("$ref")) {
            schema.put("title", title);
        }
        return schema;
    }
}
