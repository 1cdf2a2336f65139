package dev.portico.feature.openapi;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The independent parser does find problems, so its silence on our documents means something. */
class ParserCheckTest {

    @Test
    void theParserReportsBrokenDocuments() {
        String broken = """
                {"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{"/x/{id}":{"get":{
                 "responses":{"200":{"description":"ok","content":{"application/json":{"schema":
                 {"$ref":"#/components/schemas/Missing"}}}}}}}},"security":[{"nope":[]}]}""";
        assertFalse(OpenApiParser.messages(broken).isEmpty());
    }
}
