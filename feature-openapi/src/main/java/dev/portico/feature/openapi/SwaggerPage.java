package dev.portico.feature.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.portico.api.Request;
import dev.portico.api.Response;
import dev.portico.feature.openapi.internal.JsonText;

/**
 * The Swagger UI page ({@code GET /swagger}), the document ({@code ?format=json}) and the OAuth2
 * redirect page ({@code ?format=oauth2-redirect}). The page embeds the document and works out in
 * the browser where it is served from, so asset URLs and the default server follow stages, custom
 * domains and stripped prefixes without the server knowing them. Files from the pinned default
 * CDN are loaded with {@code integrity} and {@code crossorigin="anonymous"}.
 */
final class SwaggerPage {
    private static final String HTML = "text/html; charset=utf-8";
    /** The pinned CDN files' subresource integrity, as a script value (base64 needs no escaping). */
    private static final String INTEGRITY = "{\"css\":\"" + SwaggerUi.CSS_INTEGRITY + "\",\"js\":\""
            + SwaggerUi.BUNDLE_INTEGRITY + "\"}";
    private final SwaggerUi ui;
    private final String title;
    private final String assetBase;
    private final Document document;
    private volatile String html;

    /**
     * @param ui the settings
     * @param title the page title
     * @param assetBase the URL of Swagger UI's files, or {@code null} for {@code <page>/assets}
     * @param document the document
     */
    SwaggerPage(SwaggerUi ui, String title, String assetBase, Document document) {
        this.ui = ui;
        this.title = title;
        this.assetBase = assetBase;
        this.document = document;
    }

    Response answer(Request request) {
        String format = request.queryParam("format");
        if ("json".equals(format)) {
            return Response.of(200, "application/json", document.json());
        }
        if ("oauth2-redirect".equals(format)) {
            return Response.of(200, HTML, SwaggerScripts.OAUTH2_REDIRECT);
        }
        String h = html;
        if (h == null) {
            h = render();
            html = h;
        }
        return Response.of(200, HTML, h);
    }

    private String render() {
        StringBuilder options = new StringBuilder();
        options.append("persistAuthorization: ").append(ui.persistAuthorization());
        String init = ui.oauth2() == null ? ""
                : "ui.initOAuth(" + js(SwaggerUi.oauth2Settings(ui.oauth2())) + ");";
        return SwaggerScripts.PAGE
                .replace("@TITLE@", escapeHtml(title))
                .replace("@ROUTE@", js(ui.path()))
                .replace("@ASSETS@", js(assetBase))
                .replace("@INTEGRITY@", SwaggerUi.DEFAULT_CDN.equals(assetBase) ? INTEGRITY : "null")
                .replace("@OPTIONS@", options)
                .replace("@INIT_OAUTH@", init)
                .replace("@SPEC@", scriptSafe(document.json()));
    }

    private static String js(Object value) {
        try {
            return scriptSafe(JsonText.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON inside a script element: no {@code </script>}, no line separators JavaScript rejects. */
    static String scriptSafe(String json) {
        return json.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
