package dev.portico.feature.openapi;

import dev.portico.api.Router;
import dev.portico.api.spi.Feature;
import dev.portico.core.Resolver;
import java.lang.invoke.MethodHandles;

/**
 * Entry points of the OpenAPI feature: typed routes from an annotated class, and the generated
 * OpenAPI document.
 *
 * <pre>{@code
 * public class TodoApi {
 *     @Get("/todos/{todo_id}")
 *     public Todo todo(@Path("todo_id") @Max(999) int id,
 *                      @Header("x-correlation-id") @Length(min = 16, max = 16) String correlationId) { ... }
 *
 *     @Post("/todos")
 *     public long create(@Body Todo todo) { ... }
 * }
 *
 * static final Resolver APP = Resolver.builder()
 *         .include(OpenApi.routes(new TodoApi()))
 *         .configure(OpenApiConfig.builder().title("TODOs").swaggerUi(SwaggerUi.create()).build())
 *         .build();
 *
 * String json = OpenApi.document(APP);
 * }</pre>
 */
public final class OpenApi {
    /** The OpenAPI version of generated documents. */
    public static final String OPENAPI_VERSION = DocumentBuilder.VERSION;

    private OpenApi() {
    }

    /**
     * Declares a typed route for each method of {@code api} annotated with {@code @Get},
     * {@code @Post}, {@code @Put}, {@code @Patch} or {@code @Delete}. The class is read once, here;
     * requests run precomputed binders and the method. Public methods of public classes in
     * exported packages need nothing more; see {@link #routes(Object, MethodHandles.Lookup)} for others.
     *
     * @param api an object whose annotated methods handle requests
     * @return a router to {@code include}, with or without a prefix
     * @throws IllegalArgumentException naming the method when a declaration is wrong
     */
    public static Router routes(Object api) {
        return Scanner.scan(api, MethodHandles.publicLookup());
    }

    /**
     * Like {@link #routes(Object)}, calling the methods through the caller's lookup, so they may be
     * package-private or in a package the module does not open.
     *
     * @param api an object whose annotated methods handle requests
     * @param lookup {@code MethodHandles.lookup()} of the caller
     * @return a router to {@code include}
     */
    public static Router routes(Object api, MethodHandles.Lookup lookup) {
        return Scanner.scan(api, lookup);
    }

    /**
     * @param resolver a built application
     * @return its OpenAPI 3.1 document as compact JSON
     * @throws IllegalStateException when the application runs without the openapi feature
     */
    public static String document(Resolver resolver) {
        for (Feature f : resolver.features()) {
            if (f instanceof OpenApiFeature o) {
                return o.document();
            }
        }
        throw new IllegalStateException("The application has no openapi feature: it is discovered from "
                + "portico-feature-openapi, or registered with register(new OpenApiFeature()) when discovery is off");
    }
}
