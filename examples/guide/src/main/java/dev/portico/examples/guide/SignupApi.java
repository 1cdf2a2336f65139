package dev.portico.examples.guide;

import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.feature.openapi.annotations.Query;
import jakarta.validation.constraints.Pattern;

/** Typed routes validated with Jakarta Bean Validation's annotations. */
public class SignupApi {

    // tag::post[]
    /**
     * @param signup the body, validated before the handler runs
     * @param code a campaign code: three capital letters, when given
     * @return a confirmation
     */
    @Post(value = "/signups", contentType = "text/plain", status = 201)
    public String signup(@Body Signup signup, @Query("code") @Pattern(regexp = "[A-Z]{3}") java.util.Optional<String> code) {
        return signup.name() + " booked " + signup.seats() + " seat(s)" + code.map(c -> " with " + c).orElse("");
    }
    // end::post[]
}
