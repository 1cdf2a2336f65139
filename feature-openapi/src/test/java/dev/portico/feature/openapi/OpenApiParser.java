package dev.portico.feature.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;

/** Checks documents with swagger-parser, an OpenAPI parser independent of Portico. */
final class OpenApiParser {

    private OpenApiParser() {
    }

    /**
     * @param json a document
     * @return the parsed model, after asserting the parser reported no error nor warning
     */
    static OpenAPI assertValid(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        assertEquals(List.of(), messages, json);
        assertNotNull(result.getOpenAPI(), json);
        return result.getOpenAPI();
    }

    /** @param json a document @return what the parser says about it */
    static List<String> messages(String json) {
        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, new ParseOptions());
        return result.getMessages() == null ? List.of() : result.getMessages();
    }

    static JsonNode tree(String json) {
        return Apps.json(json);
    }
}
