package dev.portico.feature.openapi.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter to a request header (names compare case-insensitively). The string value is converted to the parameter's type
 * (numbers, booleans, enums, {@code UUID}, {@code java.time} values, or a {@code List} of them) and checked against
 * its constraints ({@link Min}, {@link Max}, {@link Length}, {@link Pattern}); any failure answers
 * 422. Declare a {@code List} to receive every value; comma-separated values are split.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Header {
    /** Marks {@link #defaultValue()} as not set. */
    String NO_DEFAULT = "\u0000";

    /** @return the header name, as sent by the client */
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

    /**
     * The value used when the client sends none, as the client would send it. A parameter with a
     * default, or of an {@code Optional} type, is not required.
     *
     * @return the default value
     */
    String defaultValue() default NO_DEFAULT;
}
