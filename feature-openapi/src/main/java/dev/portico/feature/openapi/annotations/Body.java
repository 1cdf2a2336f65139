package dev.portico.feature.openapi.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter to the JSON request body: records, POJOs, lists, maps, enums,
 * {@code Optional}, {@code java.time} values, {@code BigDecimal}, {@code UUID} or {@code JsonNode}.
 * The body is checked against the JSON Schema of the type (constraints included) before it is
 * read; strings holding numbers or booleans are accepted where those are expected. An
 * {@code Optional} body is not required.
 *
 * <p>With {@link #embed()}, the value is read from one key of the body object instead
 * (Powertools' {@code Body(embed=True)}): {@code @Body(value = "todo", embed = true) Todo todo}
 * reads {@code {"todo": {...}}}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Body {

    /** @return the key of the body object to read, when {@link #embed()} is set */
    String value() default "";

    /** @return whether to read the value from the key {@link #value()} of the body */
    boolean embed() default false;

    /** @return a description for the OpenAPI document */
    String description() default "";
}
