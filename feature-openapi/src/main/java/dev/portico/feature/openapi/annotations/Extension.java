package dev.portico.feature.openapi.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import java.lang.annotation.Repeatable;

/**
 * An OpenAPI extension on the operation of a typed route, e.g.
 * {@code @Extension(name = "x-amazon-apigateway-integration", value = "{\"type\":\"aws_proxy\"}")}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Extensions.class)
public @interface Extension {

    /** @return the name, starting with {@code x-} */
    String name();

    /** @return the value as JSON; text that is not JSON is taken as a string */
    String value();
}
