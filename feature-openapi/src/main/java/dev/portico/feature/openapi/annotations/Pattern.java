package dev.portico.feature.openapi.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A regular expression a string must contain a match of (JSON Schema {@code pattern}: anchor it
 * with {@code ^...$} to match the whole string). Violations are reported as
 * {@code string_pattern_mismatch}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Pattern {

    /** @return the regular expression, in the syntax shared by Java and ECMAScript */
    String value();
}
