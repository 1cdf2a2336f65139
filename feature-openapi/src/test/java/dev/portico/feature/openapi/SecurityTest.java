package dev.portico.feature.openapi;

import static dev.portico.feature.openapi.Apps.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.core.Resolver;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.feature.openapi.annotations.Security;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Security schemes, global and per-operation requirements, optional security, undefined schemes. */
class SecurityTest {

    public static class Api {
        @Get("/admin")
        @Security(value = "oauth2", scopes = {"admin"})
        public String admin() {
            return "admin";
        }

        @Get("/public")
        @Security
        @Security(value = "apiKey")
        public String open() {
            return "public";
        }

        @Get("/default")
        public String inherited() {
            return "default";
        }
    }

    static OpenApiConfig.Builder config() {
        return OpenApiConfig.builder()
                .securityScheme("basic", SecurityScheme.http("basic"))
                .securityScheme("bearer", SecurityScheme.bearer("JWT").description("A JWT"))
                .securityScheme("apiKey", SecurityScheme.apiKey("X-API-Key", SecurityScheme.In.HEADER))
                .securityScheme("oauth2", SecurityScheme.oauth2()
                        .authorizationCode("https://auth.example.com/authorize", "https://auth.example.com/token",
                                Map.of("admin", "Full access"))
                        .clientCredentials("https://auth.example.com/token", Map.of())
                        .extension("x-tokenName", "id_token"))
                .securityScheme("oidc", SecurityScheme.openIdConnect("https://auth.example.com/.well-known/openid-configuration"))
                .securityScheme("mtls", SecurityScheme.mutualTls())
                .security("bearer");
    }

    @Test
    void everySchemeKindIsDocumented() {
        String doc = OpenApi.document(Apps.app(new Api(), config().build()));
        OpenApiParser.assertValid(doc);
        assertEquals(json("""
                {"basic":{"type":"http","scheme":"basic"},
                 "bearer":{"type":"http","description":"A JWT","scheme":"bearer","bearerFormat":"JWT"},
                 "apiKey":{"type":"apiKey","name":"X-API-Key","in":"header"},
                 "oauth2":{"type":"oauth2","flows":{
                   "authorizationCode":{"authorizationUrl":"https://auth.example.com/authorize",
                     "tokenUrl":"https://auth.example.com/token","scopes":{"admin":"Full access"}},
                   "clientCredentials":{"tokenUrl":"https://auth.example.com/token","scopes":{}}},
                   "x-tokenName":"id_token"},
                 "oidc":{"type":"openIdConnect","openIdConnectUrl":"https://auth.example.com/.well-known/openid-configuration"},
                 "mtls":{"type":"mutualTLS"}}"""), json(doc).at("/components/securitySchemes"));
    }

    @Test
    void globalPerOperationAndOptionalRequirements() {
        JsonNode doc = json(OpenApi.document(Apps.app(new Api(), config().build())));
        assertEquals(json("[{\"bearer\":[]}]"), doc.get("security"));
        assertEquals(json("[{\"oauth2\":[\"admin\"]}]"), doc.at("/paths/~1admin/get/security"));
        assertEquals(json("[{},{\"apiKey\":[]}]"), doc.at("/paths/~1public/get/security"));
        assertFalse(doc.at("/paths/~1default/get").has("security"), "uses the global requirement");
    }

    @Test
    void plainRoutesDeclareSecurityThroughOperationDoc() {
        Resolver.Builder b = Resolver.builder().debug(false).configure(config().optionalSecurity().build());
        b.get("/x", r -> "x").option(OperationDoc.OPTION,
                OperationDoc.builder().security(Map.of("apiKey", java.util.List.of(), "mtls", java.util.List.of())).build());
        String doc = OpenApi.document(b.build());
        OpenApiParser.assertValid(doc);
        assertEquals(json("[{\"bearer\":[]},{}]"), json(doc).get("security"));
        assertEquals(json("[{\"apiKey\":[],\"mtls\":[]}]"), json(doc).at("/paths/~1x/get/security"));
    }

    @Test
    void anUndefinedSchemeFailsTheBuild() {
        IllegalStateException perRoute = assertThrows(IllegalStateException.class,
                () -> Apps.app(new Api(), OpenApiConfig.builder().securityScheme("apiKey",
                        SecurityScheme.apiKey("k", SecurityScheme.In.QUERY)).build()));
        assertEquals("Route GET /admin names the security scheme 'oauth2', which is not defined: declare it with "
                + "OpenApiConfig.builder().securityScheme(\"oauth2\", ...) (defined: [apiKey])", perRoute.getMessage());
        Resolver.Builder b = Resolver.builder().debug(false).configure(OpenApiConfig.builder().security("jwt").build());
        IllegalStateException global = assertThrows(IllegalStateException.class, b::build);
        assertEquals("A global security requirement names the security scheme 'jwt', which is not defined: "
                + "declare it with OpenApiConfig.builder().securityScheme(\"jwt\", ...) (defined: [])", global.getMessage());
    }

    @Test
    void extensionNamesMustStartWithX() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SecurityScheme.mutualTls().extension("tokenName", "x"));
        assertEquals("OpenAPI extension 'tokenName' must start with 'x-', e.g. 'x-tokenName'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OpenApiConfig.builder().extension("foo", 1));
        assertThrows(IllegalArgumentException.class, () -> OperationDoc.builder().extension("x-", 1));
        assertThrows(IllegalStateException.class, () -> SecurityScheme.apiKey("k", SecurityScheme.In.COOKIE)
                .implicit("https://a", Map.of()));
    }
}
