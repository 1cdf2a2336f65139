package dev.portico.feature.openapi;

import org.junit.jupiter.api.Test;

/** The document of every API used in these tests passes the independent parser without a message. */
class AllDocumentsValidTest {

    @Test
    void everyTestApiHasAValidDocument() {
        for (Object api : new Object[] {new ParametersTest.Api(), new BodyTest.Api(), new ResponseValidationTest.Api(),
            new ValidationErrorTest.Api(), new SchemaTest.Api(), new SecurityTest.Api(), new DocumentTest.Api(),
            new DocsExamplesTest.TodoApi(t -> null), new DocsExamplesTest.SubsetApi(t -> null), new PowertoolsDocumentTest.Api()}) {
            OpenApiConfig config = api instanceof SecurityTest.Api ? SecurityTest.config().build() : OpenApiConfig.defaults();
            OpenApiParser.assertValid(OpenApi.document(Apps.app(api, config)));
        }
        OpenApiParser.assertValid(OpenApi.document(DocumentTest.app()));
        OpenApiParser.assertValid(OpenApi.document(PowertoolsDocumentTest.app()));
        OpenApiParser.assertValid(OpenApi.document(SwaggerUiTest.app(SwaggerUi.create())));
    }
}
