package dev.portico.api;

import java.util.List;
import java.util.Set;

/**
 * A route as the application declared it: read-only view used by features and available to
 * handlers as {@link Request#route()}.
 */
public interface Route {

    /** @return the upper-case methods the route answers; {@code ["*"]} for any method */
    Set<String> methods();

    /** @return the path template as declared, router prefixes included (e.g. {@code /todos/{id}}) */
    String path();

    /** @return the handler */
    Handler handler();

    /** @return the route's own middlewares, in order (router middlewares first) */
    List<Middleware> middlewares();

    /**
     * @param option an option key
     * @param <T> the value type
     * @return the value set on the route, or the option's default
     */
    <T> T option(RouteOption<T> option);
}
