package dev.portico.feature.openapi.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import java.lang.annotation.Repeatable;

/**
 * A security requirement of a typed route, naming a scheme declared with
 * {@code OpenApiConfig.Builder.securityScheme}; repeat it for alternatives. Without a scheme
 * ({@code @Security}) it adds the empty requirement {@code {}}, which makes security optional.
 * Routes without {@code @Security} use the global requirements.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(SecurityRequirements.class)
public @interface Security {

    /** @return the scheme name; empty for the optional requirement {@code {}} */
    String value() default "";

    /** @return the scopes required (OAuth2 and OpenID Connect) */
    String[] scopes() default {};
}
