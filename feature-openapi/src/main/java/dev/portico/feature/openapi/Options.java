package dev.portico.feature.openapi;

import dev.portico.api.RouteOption;

/** Route options of typed routes, read by the feature and the document builder. */
final class Options {
    /** The signature of a typed route; needs the feature, which links it to the application. */
    static final RouteOption<Signature> SIGNATURE = RouteOption.create("openapi.signature", Signature.class, null)
            .requiring("openapi", "dev.portico:portico-feature-openapi");
    /** The application's settings, set by the feature on every typed route. */
    static final RouteOption<AppSettings> RUNTIME = RouteOption.create("openapi.runtime", AppSettings.class, null);

    private Options() {
    }
}
