package dev.portico.feature.openapi;

import static dev.portico.feature.openapi.Apps.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.core.Resolver;
import dev.portico.testing.PorticoClient;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Swagger page's script with Node.js (skipped where there is none) in a stand-in browser
 * whose address has a stage and a stripped prefix, and checks the URLs it derives: assets, default
 * server and OAuth2 redirect all follow the page's real address.
 */
class SwaggerPageScriptTest {
    private static final String BROWSER = """
            const created = [];
            let config;
            global.window = { location: { pathname: process.argv[2], origin: 'https://api.example.com' } };
            global.document = {
              createElement: tag => { const e = { tag }; created.push(e); return e; },
              head: { appendChild() {} }, body: { appendChild() {} } };
            global.SwaggerUIBundle = c => { config = c; return { initOAuth(o) { config.oauth = o; } }; };
            global.SwaggerUIBundle.presets = { apis: 'apis' };
            """;
    private static final String REPORT = """
            const script = created.find(e => e.tag === 'script');
            script.onload();
            const link = created.find(e => e.tag === 'link');
            console.log(JSON.stringify({ css: link.href, js: script.src,
              sri: link.integrity ? [link.integrity, link.crossOrigin, script.integrity, script.crossOrigin] : null,
              servers: config.spec.servers, redirect: config.oauth2RedirectUrl, persist: config.persistAuthorization,
              oauth: config.oauth || null }));
            """;

    @TempDir
    Path dir;

    private JsonNode run(Resolver app, String route, String browserPath) throws IOException, InterruptedException {
        return run(PorticoClient.of(app).get(route).send().body(), browserPath);
    }

    private JsonNode run(String html, String browserPath) throws IOException, InterruptedException {
        String node = findNode();
        assumeTrue(node != null, "Node.js is not installed");
        String script = html.substring(html.indexOf("<script>") + 8, html.indexOf("</script>"));
        Path file = dir.resolve("page.js");
        Files.writeString(file, BROWSER + script + REPORT);
        Process p = new ProcessBuilder(node, file.toString(), browserPath).redirectErrorStream(true).start();
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS), "node did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return json(out.strip());
    }

    private static String findNode() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File f = new File(dir, "node");
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }

    @Test
    void urlsFollowTheAddressInTheBrowser() throws Exception {
        Resolver app = Resolver.builder().debug(false).stripPrefixes("/payment").include(OpenApi.routes(new BodyTest.Api()))
                .configure(OpenApiConfig.builder().swaggerUi(SwaggerUi.builder().persistAuthorization(true)
                        .oauth2(SwaggerUi.OAuth2.pkce("client", "openid")).build()).build()).build();
        JsonNode expected = json("""
                {"css":"/prod/payment/swagger/assets/swagger-ui.css","js":"/prod/payment/swagger/assets/swagger-ui-bundle.js","sri":null,
                 "servers":[{"url":"/prod/payment"}],
                 "redirect":"https://api.example.com/prod/payment/swagger?format=oauth2-redirect","persist":true,
                 "oauth":{"clientId":"client","scopes":"openid","useBasicAuthenticationWithAccessCodeGrant":false,
                          "usePkceWithAuthorizationCodeGrant":true}}""");
        assertEquals(expected, run(app, "/payment/swagger", "/prod/payment/swagger"));
        assertEquals(expected, run(app, "/payment/swagger", "/prod/payment/swagger/"));
    }

    @Test
    void cdnCustomPathAndDeclaredServers() throws Exception {
        Resolver app = Apps.app(new BodyTest.Api(), OpenApiConfig.builder().server("https://api.example.com/v2", null)
                .swaggerUi(SwaggerUi.builder().path("/docs/ui").cdn("https://cdn.example.com/ui").build()).build());
        assertEquals(json("""
                {"css":"https://cdn.example.com/ui/swagger-ui.css","js":"https://cdn.example.com/ui/swagger-ui-bundle.js","sri":null,
                 "servers":[{"url":"https://api.example.com/v2"}],
                 "redirect":"https://api.example.com/docs/ui?format=oauth2-redirect","persist":false,"oauth":null}"""),
                run(app, "/docs/ui", "/docs/ui"));
    }

    @Test
    void withoutTheWebjarThePinnedCdnIsLoadedWithIntegrity() throws Exception {
        SwaggerUi ui = SwaggerUi.create();
        String base = SwaggerRoutes.assetBase(ui, null);
        assertEquals("https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.17.14", base);
        Document doc = new Document(OpenApiConfig.defaults(), java.util.List.of());
        SwaggerPage page = new SwaggerPage(ui, "API", base, doc);
        Resolver.Builder<?> b = Resolver.builder().debug(false);
        b.get("/swagger", page::answer);
        String html = PorticoClient.of(b.build()).get("/swagger").send().body();
        assertEquals(json("""
                {"css":"https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.17.14/swagger-ui.css",
                 "js":"https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.17.14/swagger-ui-bundle.js",
                 "sri":["sha384-wxLW6kwyHktdDGr6Pv1zgm/VGJh99lfUbzSn6HNHBENZlCN7W602k9VkGdxuFvPn","anonymous",
                        "sha384-wmyclcVGX/WhUkdkATwhaK1X1JtiNrr2EoYJ+diV3vj4v6OC5yCeSu+yW13SYJep","anonymous"],
                 "servers":[{"url":"/prod"}],
                 "redirect":"https://api.example.com/prod/swagger?format=oauth2-redirect","persist":false,"oauth":null}"""),
                run(html, "/prod/swagger"));
    }
}
