package dev.portico.feature.openapi.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds the length of a string (in code points; {@code minLength}/{@code maxLength}, reported as
 * {@code string_too_short}/{@code string_too_long}) or the size of a list or set
 * ({@code minItems}/{@code maxItems}, reported as {@code too_short}/{@code too_long}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Length {

    /** @return the smallest length allowed */
    int min() default 0;

    /** @return the largest length allowed */
    int max() default Integer.MAX_VALUE;
}
