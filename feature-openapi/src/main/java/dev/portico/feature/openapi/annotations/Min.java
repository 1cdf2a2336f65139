package dev.portico.feature.openapi.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The smallest value a number may take (JSON Schema {@code minimum}, or {@code exclusiveMinimum}
 * when {@link #exclusive()}). On parameters, record components, fields and getters. Violations are
 * reported as {@code greater_than_equal} or {@code greater_than}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Min {

    /** @return the limit */
    double value();

    /** @return whether the limit itself is excluded */
    boolean exclusive() default false;
}
