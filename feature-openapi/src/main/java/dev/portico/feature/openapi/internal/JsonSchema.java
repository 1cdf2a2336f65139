package dev.portico.feature.openapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.everit.json.schema.FormatValidator;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONException;
import org.json.JSONTokener;

/**
 * A JSON Schema written by hand, compiled by everit, for {@code SchemaValidationMiddleware}. (Typed
 * routes use the checks of {@link Checks} instead.) Thread-safe.
 */
public final class JsonSchema {
    private final Schema compiled;

    private JsonSchema(Schema compiled) {
        this.compiled = compiled;
    }

    /**
     * @param json a JSON Schema (draft 4, 6 or 7; draft 7 unless {@code $schema} says otherwise)
     * @param formats validators of custom {@code format} names
     * @return the compiled schema
     * @throws IllegalArgumentException when the text is not a valid schema
     */
    public static JsonSchema parse(String json, Map<String, Predicate<String>> formats) {
        try {
            return new JsonSchema(load(new JSONTokener(json).nextValue(), formats));
        } catch (JSONException | org.everit.json.schema.SchemaException e) {
            throw new IllegalArgumentException("Not a valid JSON Schema: " + e.getMessage(), e);
        }
    }

    private static Schema load(Object json, Map<String, Predicate<String>> formats) {
        SchemaLoader.SchemaLoaderBuilder b = SchemaLoader.builder().schemaJson(json).draftV7Support();
        for (Map.Entry<String, Predicate<String>> f : formats.entrySet()) {
            String name = f.getKey();
            Predicate<String> test = f.getValue();
            b.addFormatValidator(new FormatValidator() {
                @Override
                public Optional<String> validate(String subject) {
                    return test.test(subject) ? Optional.empty() : Optional.of("not a valid " + name);
                }

                @Override
                public String formatName() {
                    return name;
                }
            });
        }
        return b.build().load().build();
    }

    /**
     * @param value the value (a missing value is validated as {@code null})
     * @param prefix the location of the value
     * @return the problems; empty when the value is valid
     */
    public List<Problem> validate(JsonNode value, List<Object> prefix) {
        try {
            compiled.validate(OrgJson.of(value));
            return List.of();
        } catch (ValidationException e) {
            return EveritProblems.map(e, value, prefix);
        }
    }
}
