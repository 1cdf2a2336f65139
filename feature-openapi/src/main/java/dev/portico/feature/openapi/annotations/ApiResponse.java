package dev.portico.feature.openapi.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import java.lang.annotation.Repeatable;

/**
 * Documents one response of a typed route, e.g. {@code @ApiResponse(status = 404, description =
 * "Not found")}. For the success status, {@link #type()} also declares the type the result is
 * validated against, which lets a method returning {@code Object} declare its response type.
 * A success status other than the route's replaces the route's own success response in the
 * document ({@code @ApiResponse(status = 202, ...)} on a {@code @Post}: the document lists 202, not 200
 * and 202), and takes the declared return's schema when it names no type.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ApiResponses.class)
public @interface ApiResponse {

    /** @return the status code */
    int status();

    /** @return the description */
    String description();

    /** @return the body type; {@code void} for a response without a body */
    Class<?> type() default void.class;

    /** @return the content type of the body */
    String contentType() default "application/json";

    /**
     * @return the title of the body's schema (a declared return's is {@code Return}, as in Powertools);
     *     empty for the default
     */
    String title() default "";
}
