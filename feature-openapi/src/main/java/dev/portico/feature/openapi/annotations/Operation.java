package dev.portico.feature.openapi.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * OpenAPI metadata of a typed route; stored in the route's options ({@code RouteOption.SUMMARY}
 * and the others), so plain routes set the same with {@code RouteSpec.summary(...)} and friends.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Operation {

    /** @return a short summary */
    String summary() default "";

    /** @return a longer description (CommonMark) */
    String description() default "";

    /** @return tags grouping the operation */
    String[] tags() default {};

    /** @return a unique operation id; by default the Java method name */
    String operationId() default "";

    /** @return whether the operation is deprecated */
    boolean deprecated() default false;

    /** @return whether the operation appears in the OpenAPI document */
    boolean includeInSchema() default true;

    /** @return the description of the successful response */
    String responseDescription() default "Successful Response";
}
