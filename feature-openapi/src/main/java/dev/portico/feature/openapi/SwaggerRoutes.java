package dev.portico.feature.openapi;

import dev.portico.api.Middleware;
import dev.portico.api.RouteSpec;
import dev.portico.api.spi.FeatureContext;

/** Adds the Swagger UI route, and the asset route when the webjar serves the assets. */
final class SwaggerRoutes {

    private SwaggerRoutes() {
    }

    static void install(FeatureContext context, OpenApiConfig config, Document document) {
        SwaggerUi ui = config.swaggerUi();
        WebjarAssets assets = ui.cdn() == null ? WebjarAssets.find() : null;
        String assetBase = assetBase(ui, assets);
        String title = ui.title() != null ? ui.title() : config.title();
        SwaggerPage page = new SwaggerPage(ui, title, assetBase, document);
        decorate(context.addRoute("GET", ui.path(), page::answer), ui);
        if (assets != null) {
            String path = ("/".equals(ui.path()) ? "" : ui.path()) + "/assets/{file}";
            decorate(context.addRoute("GET", path, request -> assets.serve(request.pathParam("file"))), ui);
        }
    }

    /** @return the base URL of Swagger UI's files, or {@code null} for the webjar's asset route */
    static String assetBase(SwaggerUi ui, WebjarAssets assets) {
        return ui.cdn() != null ? ui.cdn() : assets == null ? SwaggerUi.DEFAULT_CDN : null;
    }

    private static void decorate(RouteSpec spec, SwaggerUi ui) {
        spec.includeInSchema(false);
        spec.middleware(ui.middlewares().toArray(new Middleware[0]));
        if (ui.compress()) {
            spec.compress();
        }
    }
}
