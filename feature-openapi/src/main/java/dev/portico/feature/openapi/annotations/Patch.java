package dev.portico.feature.openapi.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a typed PATCH route on a method of an API class registered with
 * {@code OpenApi.routes(api)}. Parameters take {@link Path}, {@link Query}, {@link Header} or
 * {@link Body}; the return type is the response body, validated before it is sent.
 *
 * <pre>{@code
 * @Patch("/todos/{todo_id}")
 * Todo todo(@Path("todo_id") @Max(999) int id) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Patch {

    /** @return the path template, e.g. {@code /todos/{todo_id}} */
    String value();

    /** @return the status of a successful response; 200 by default */
    int status() default 200;

    /**
     * The content type of a successful response. A {@code String} result is sent as it is, other
     * results as JSON.
     *
     * @return the content type; {@code application/json} by default
     */
    String contentType() default "application/json";
}
