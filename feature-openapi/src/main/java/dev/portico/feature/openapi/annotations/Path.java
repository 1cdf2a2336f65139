package dev.portico.feature.openapi.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter to a path parameter of the route, e.g. {@code todo_id} in
 * {@code /todos/{todo_id}}. The value is converted to the parameter's type and checked against its
 * constraints; any failure answers 422. Path parameters are always required.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Path {

    /** @return the name in the path template */
    String value();

    /** @return a description for the OpenAPI document */
    String description() default "";

    /** @return an example value for the OpenAPI document; empty for none */
    String example() default "";

    /** @return whether the parameter is marked deprecated in the OpenAPI document */
    boolean deprecated() default false;

    /**
     * @return example values for the OpenAPI document, as the client would send them, written as the
     *     JSON Schema {@code examples} of the parameter's schema (Powertools' {@code examples}); empty for none
     */
    String[] examples() default {};

    /** @return the title of the parameter's schema; empty for the name in title case ({@code user_id}: {@code User Id}) */
    String title() default "";

    /**
     * @return {@code false} to leave the parameter out of the OpenAPI document (Powertools'
     *     {@code include_in_schema}); it is still bound and validated
     */
    boolean includeInSchema() default true;
}
