package dev.portico.api.spi;

import dev.portico.api.Handler;
import dev.portico.api.JsonCodec;
import dev.portico.api.Middleware;
import dev.portico.api.Response;
import dev.portico.api.Route;
import dev.portico.api.RouteSpec;
import java.util.List;
import java.util.Optional;

/** What a {@link Feature} may read and add while an application is built. */
public interface FeatureContext {

    /**
     * @param type the configuration class
     * @param <C> the configuration type
     * @return the configuration the application passed, if any
     */
    <C extends FeatureConfig> Optional<C> config(Class<C> type);

    /** @return whether debug mode is on */
    boolean debug();

    /**
     * The routes declared so far: application routes, then routes added by earlier features. They
     * are the application's own copies, so a feature may set options on them (for example its
     * per-application settings) while it is set up; after {@code build()} they no longer change.
     *
     * @return the routes
     */
    List<RouteSpec> routes();

    /**
     * Adds a route, as if the application had declared it.
     *
     * @param method the method
     * @param path the path template
     * @param handler the handler
     * @return the route, for options
     */
    RouteSpec addRoute(String method, String path, Handler handler);

    /**
     * Adds a middleware around every request, outside the application's middlewares.
     *
     * @param middleware the middleware
     */
    void addMiddleware(Middleware middleware);

    /**
     * Adds a filter over every final response.
     *
     * @param filter the filter
     */
    void addResponseFilter(ResponseFilter filter);

    /** @return the application's JSON codec */
    JsonCodec json();

    /**
     * Serializes a response body the way the application will: the result has a {@code byte[]}
     * body (empty for none) and its content type set.
     *
     * @param response a response
     * @return the same response with its body as bytes
     */
    Response render(Response response);
}
