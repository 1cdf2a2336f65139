package dev.portico.examples.guide;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

// tag::model[]
/**
 * A sign-up: the body of {@code POST /signups}, constrained with Jakarta Bean Validation.
 *
 * @param name the user's name
 * @param email where to write
 * @param birthday when the user was born
 * @param seats how many seats to book
 */
public record Signup(@NotBlank @Size(max = 40) String name,
                     @NotBlank @Email String email,
                     @Past LocalDate birthday,
                     @Min(1) @Max(10) int seats) {
}
// end::model[]
