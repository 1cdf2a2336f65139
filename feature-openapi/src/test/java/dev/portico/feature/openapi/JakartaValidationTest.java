package dev.portico.feature.openapi;

import static dev.portico.feature.openapi.Apps.json;
import static dev.portico.feature.openapi.Apps.locTypes;
import static dev.portico.feature.openapi.Apps.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.feature.openapi.annotations.Query;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Jakarta Bean Validation's constraints on record components, bean fields and typed parameters (issue 15). */
class JakartaValidationTest {

    /** The record: an empty title must not be accepted. */
    public record NewTodo(@NotBlank @Size(max = 100) String title, @Min(1) int priority) {
    }

    /** Every supported constraint once. */
    public record Everything(@NotNull String notNull, @NotEmpty List<String> notEmpty, @NotBlank String notBlank,
                             @Size(min = 2, max = 3) Map<String, Integer> size, @Min(1) @Max(9) int minMax,
                             @DecimalMin(value = "0.5", inclusive = false) @DecimalMax("99.99") BigDecimal decimal,
                             @Positive int positive, @PositiveOrZero long positiveOrZero, @Negative double negative,
                             @NegativeOrZero Integer negativeOrZero, @Pattern(regexp = "[a-z]+") String pattern,
                             @Email String email, @Digits(integer = 3, fraction = 2) BigDecimal digits,
                             @Past LocalDate past, @PastOrPresent Instant pastOrPresent, @Future LocalDate future,
                             @FutureOrPresent LocalDate futureOrPresent, @AssertTrue boolean agreed,
                             @AssertFalse boolean banned, @NotNull Optional<String> present) {
    }

    /** Constraints on type arguments: elements of lists, values of maps, an Optional's value. */
    public record Containers(List<@NotBlank @Size(max = 3) String> tags, Map<String, @Positive Integer> counts,
                             List<@Email String> emails, Optional<@Size(min = 2) String> nick) {
    }

    /** A bean: constraints on its fields. */
    public static class Account {
        @NotBlank
        @Email
        private String email;
        @Size(min = 8)
        private String password;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    public static class Api {
        @Post("/todos")
        public String create(@Body NewTodo todo) {
            return todo.title();
        }

        @Post("/everything")
        public String everything(@Body Everything e) {
            return "ok";
        }

        @Post("/containers")
        public String containers(@Body Containers c) {
            return c.tags() + " " + c.counts() + " " + c.emails().size() + " " + c.nick().orElse("-");
        }

        @Post("/accounts")
        public String account(@Body Account a) {
            return a.getEmail();
        }

        @Get("/search")
        public String search(@Query("q") @NotBlank @Size(max = 5) String q, @Query("limit") @Positive @Max(50) int limit,
                             @Query("since") @Past Optional<LocalDate> since,
                             @Query("tags") @NotEmpty List<String> tags) {
            return q + " " + limit + " " + since.map(LocalDate::toString).orElse("-") + " " + tags;
        }
    }

    private final PorticoClient client = Apps.client(new Api());

    private static final String VALID = """
            {"notNull":"x","notEmpty":["a"],"notBlank":"b","size":{"a":1,"b":2},"minMax":5,"decimal":"1.5",
             "positive":1,"positiveOrZero":0,"negative":-0.5,"negativeOrZero":0,"pattern":"abc",
             "email":"ana@example.com","digits":"123.45","past":"2000-01-01","pastOrPresent":"2001-01-01T00:00:00Z",
             "future":"2999-01-01","futureOrPresent":"2999-01-01","agreed":true,"banned":false,"present":"p"}""";

    @Test
    void anEmptyTitleIsRefused() {
        assertEquals(problem(List.of("body", "title"), "value_error", "Value error, the string must not be blank"),
                client.post("/todos").body("{\"title\":\"   \",\"priority\":1}").send().json());
        assertEquals(json("""
                {"statusCode":422,"detail":[
                 {"loc":["body","title"],"type":"string_too_long","msg":"String should have at most 100 characters"},
                 {"loc":["body","priority"],"type":"greater_than_equal","msg":"Input should be greater than or equal to 1"}]}"""),
                client.post("/todos").body("{\"title\":\"" + "x".repeat(101) + "\",\"priority\":0}").send().json());
        assertEquals(List.of(List.of(List.of("body", "title"), "missing")),
                locTypes(client.post("/todos").body("{\"priority\":1}").send()));
        assertEquals("milk", client.post("/todos").body("{\"title\":\"milk\",\"priority\":1}").send().body());
    }

    @Test
    void everySupportedConstraintAcceptsAValidValue() {
        TestResponse r = client.post("/everything").body(VALID).send();
        assertEquals(200, r.status(), r.body());
    }

    private TestResponse everything(String field, String value) {
        JsonNode base = json(VALID);
        ((com.fasterxml.jackson.databind.node.ObjectNode) base).set(field, json(value));
        return client.post("/everything").body(base.toString()).send();
    }

    @Test
    void everySupportedConstraintRefusesAnInvalidValue() {
        Object[][] cases = {
            {"notNull", "null", "string_type", "Input should be a valid string"},
            {"notEmpty", "[]", "too_short", "List should have at least 1 item after validation, not 0"},
            {"notBlank", "\"\\t \"", "value_error", "Value error, the string must not be blank"},
            {"size", "{\"a\":1}", "too_short", "List should have at least 2 items after validation, not 1"},
            {"minMax", "10", "less_than_equal", "Input should be less than or equal to 9"},
            {"decimal", "0.5", "greater_than", "Input should be greater than 0.5"},
            {"decimal", "100", "less_than_equal", "Input should be less than or equal to 99.99"},
            {"positive", "0", "greater_than", "Input should be greater than 0"},
            {"positiveOrZero", "-1", "greater_than_equal", "Input should be greater than or equal to 0"},
            {"negative", "0", "less_than", "Input should be less than 0"},
            {"negativeOrZero", "1", "less_than_equal", "Input should be less than or equal to 0"},
            {"pattern", "\"abc1\"", "string_pattern_mismatch", "String should match pattern '[a-z]+'"},
            {"email", "\"ana.example.com\"", "value_error", "Value error, value is not a valid email address"},
            {"email", "\"ana@@example.com\"", "value_error", "Value error, value is not a valid email address"},
            {"digits", "1234.5", "decimal_whole_digits", "Decimal input should have no more than 3 digits before "
                + "the decimal point"},
            {"digits", "1.234", "decimal_max_places", "Decimal input should have no more than 2 decimal places"},
            {"past", "\"2999-01-01\"", "date_past", "Date should be in the past"},
            {"pastOrPresent", "\"2999-01-01T00:00:00Z\"", "datetime_past", "Input should be in the past or present"},
            {"future", "\"2000-01-01\"", "date_future", "Date should be in the future"},
            {"futureOrPresent", "\"2000-01-01\"", "date_future", "Date should be in the future or present"},
            {"agreed", "false", "literal_error", "Input should be True"},
            {"banned", "true", "literal_error", "Input should be False"},
            {"present", "null", "string_type", "Input should be a valid string"},
        };
        for (Object[] c : cases) {
            assertEquals(problem(List.of("body", c[0]), (String) c[2], (String) c[3]),
                    everything((String) c[0], (String) c[1]).json(), c[0] + " = " + c[1]);
        }
        assertEquals(200, everything("pattern", "\"xyz\"").status());
        assertEquals(200, everything("digits", "999.99").status());
        assertEquals(200, everything("futureOrPresent", "\"" + LocalDate.now().plusDays(1) + "\"").status());
    }

    @Test
    void constraintsOnTypeArgumentsApplyToTheElements() {
        assertEquals("[a, bc] {x=1} 1 -", client.post("/containers")
                .body("{\"tags\":[\"a\",\"bc\"],\"counts\":{\"x\":1},\"emails\":[\"a@b.c\"]}").send().body());
        assertEquals(List.of(List.of(List.of("body", "tags", 1), "value_error"),
                List.of(List.of("body", "tags", 2), "string_too_long"),
                List.of(List.of("body", "counts", "y"), "greater_than"),
                List.of(List.of("body", "emails", 0), "value_error"),
                List.of(List.of("body", "nick"), "string_too_short")),
                locTypes(client.post("/containers").body("{\"tags\":[\"a\",\" \",\"abcd\"],\"counts\":{\"x\":1,\"y\":0},"
                        + "\"emails\":[\"nope\"],\"nick\":\"n\"}").send()));
        JsonNode p = json(OpenApi.document(Apps.app(new Api()))).at("/components/schemas/Containers/properties");
        assertEquals(json("{\"type\":\"array\",\"items\":{\"type\":\"string\",\"maxLength\":3,\"pattern\":\"\\\\S\","
                + "\"minLength\":1}}"), p.get("tags"));
    }

    @Test
    void fieldsOfBeansAndTypedParametersAreChecked() {
        assertEquals(List.of(List.of(List.of("body", "email"), "value_error"),
                List.of(List.of("body", "password"), "string_too_short")),
                locTypes(client.post("/accounts").body("{\"email\":\"nope\",\"password\":\"short\"}").send()));
        assertEquals("a@b.c", client.post("/accounts").body("{\"email\":\"a@b.c\",\"password\":\"longenough\"}")
                .send().body());
        assertEquals("milk 5 - [a]", client.get("/search").query("q", "milk").query("limit", "5").query("tags", "a")
                .send().body());
        assertEquals(List.of(List.of(List.of("query", "q"), "value_error"),
                List.of(List.of("query", "limit"), "greater_than"), List.of(List.of("query", "since"), "date_past"),
                List.of(List.of("query", "tags"), "too_short")),
                locTypes(client.get("/search").query("q", " ").query("limit", "0").query("since", "2999-01-01").send()));
        assertEquals(List.of(List.of(List.of("query", "q"), "string_too_long"),
                List.of(List.of("query", "limit"), "less_than_equal")),
                locTypes(client.get("/search").query("q", "toolong").query("limit", "51").query("tags", "a").send()));
    }

    @Test
    void theOpenApiSchemaHasTheConstraints() {
        JsonNode schemas = json(OpenApi.document(Apps.app(new Api()))).at("/components/schemas");
        JsonNode p = schemas.at("/Everything/properties");
        assertEquals(json("{\"type\":\"string\",\"pattern\":\"\\\\S\",\"minLength\":1}"), p.get("notBlank"));
        assertEquals(json("{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":1}"), p.get("notEmpty"));
        assertEquals(json("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\",\"format\":\"int32\"},"
                + "\"minProperties\":2,\"maxProperties\":3}"), p.get("size"));
        assertEquals(json("{\"type\":\"number\",\"exclusiveMinimum\":0.5,\"maximum\":99.99}"), p.get("decimal"));
        assertEquals(json("{\"type\":\"integer\",\"format\":\"int32\",\"exclusiveMinimum\":0}"), p.get("positive"));
        assertEquals(json("{\"type\":\"number\",\"format\":\"double\",\"exclusiveMaximum\":0}"), p.get("negative"));
        assertEquals(json("{\"type\":\"string\",\"pattern\":\"^(?:[a-z]+)$\"}"), p.get("pattern"));
        assertEquals(json("{\"type\":\"string\",\"format\":\"email\"}"), p.get("email"));
        assertEquals(json("{\"type\":\"number\",\"multipleOf\":0.01,\"exclusiveMaximum\":1000,\"exclusiveMinimum\":-1000}"),
                p.get("digits"));
        assertEquals(json("{\"type\":\"boolean\",\"const\":true}"), p.get("agreed"));
        assertEquals(json("{\"type\":\"string\"}"), p.get("present"));
        assertEquals(json("[\"notNull\",\"notEmpty\",\"notBlank\",\"size\",\"minMax\",\"decimal\",\"positive\","
                + "\"positiveOrZero\",\"negative\",\"negativeOrZero\",\"pattern\",\"email\",\"digits\",\"past\","
                + "\"pastOrPresent\",\"future\",\"futureOrPresent\",\"agreed\",\"banned\",\"present\"]"),
                schemas.at("/Everything/required"));
    }

    /** A custom Bean Validation constraint: Portico has no engine to run its validator. */
    @Constraint(validatedBy = {})
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
    public @interface Even {
        String message() default "must be even";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class CustomConstraint {
        @Post("/x")
        public String x(@Query("n") @Even int n) {
            return "";
        }
    }

    public static class NullConstraint {
        @Post("/x")
        public String x(@Query("n") @Null String n) {
            return "";
        }
    }

    public record SizedNumber(@Size(max = 3) int n) {
    }

    public static class WrongType {
        @Post("/x")
        public String x(@Body SizedNumber n) {
            return "";
        }
    }

    public interface Strict {
    }

    public static class Groups {
        @Post("/x")
        public String x(@Query("q") @NotBlank(groups = Strict.class) String q) {
            return "";
        }
    }

    public static class BadDecimal {
        @Post("/x")
        public String x(@Query("q") @DecimalMin("lots") BigDecimal q) {
            return "";
        }
    }

    @Test
    void unsupportedConstraintsFailTheBuildNamingThem() {
        assertEquals("CustomConstraint.x: parameter arg0: @Even (" + Even.class.getName() + ") is a custom Bean "
                + "Validation constraint, which Portico's typed routes do not run (they have no validator engine): "
                + "check the value in the handler, or use the supported constraints of docs/guide/validation.md",
                DeclarationErrorsTest.error(new CustomConstraint()));
        assertEquals("NullConstraint.x: parameter arg0: @Null (jakarta.validation.constraints.Null) is not supported "
                + "by Portico's typed routes; they support NotNull, NotBlank, NotEmpty, Size, Min, Max, DecimalMin, "
                + "DecimalMax, Positive, PositiveOrZero, Negative, NegativeOrZero, Pattern, Email, Digits, Past, "
                + "PastOrPresent, Future, FutureOrPresent, AssertTrue and AssertFalse",
                DeclarationErrorsTest.error(new NullConstraint()));
        assertEquals("WrongType.x: parameter arg0: Property 'n' of " + SizedNumber.class.getName()
                + ": @Size applies to strings, lists and maps, not to int", DeclarationErrorsTest.error(new WrongType()));
        assertEquals("Groups.x: parameter arg0: @NotBlank(groups = ...): validation groups are not supported; typed "
                + "routes check every constraint on every request. Remove groups", DeclarationErrorsTest.error(new Groups()));
        assertEquals("BadDecimal.x: parameter arg0: @DecimalMin(\"lots\") is not a decimal number within 10^±1000",
                DeclarationErrorsTest.error(new BadDecimal()));
        assertThrows(IllegalArgumentException.class, () -> OpenApi.routes(new NullConstraint()));
    }
}
