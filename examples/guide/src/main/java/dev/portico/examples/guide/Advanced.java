package dev.portico.examples.guide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import dev.portico.core.Resolver;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/** Debug mode, custom serializers, custom domain API mappings. */
public final class Advanced {

    private Advanced() {
    }

    /** @return an application in debug mode */
    public static ApiGatewayRestResolver debug() {
        // tag::debug[]
        var app = ApiGatewayRestResolver.builder().debug(true);   // never in production
        app.get("/todos", request -> {
            throw new IllegalStateException("the database is down");
        });
        // end::debug[]
        return app.build();
    }

    /** How urgent a task is. */
    public enum Priority {
        /** Soon. */
        HIGH,
        /** Some day. */
        LOW
    }

    /**
     * A todo with an estimate and a priority.
     *
     * @param title what to do
     * @param estimatedMinutes how long it takes
     * @param priority how urgent
     */
    public record Task(String title, int estimatedMinutes, Priority priority) {
    }

    /** @return an application writing enums in lower case */
    public static ApiGatewayRestResolver serializer() {
        // tag::serializer[]
        ObjectMapper mapper = JsonMapper.builder().enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE).build();
        var app = ApiGatewayRestResolver.builder();
        app.serializer(value -> {                       // response bodies only
            try {
                return mapper.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
        app.get("/tasks/1", request -> new Task("Buy milk", 15, Priority.HIGH));
        // end::serializer[]
        return app.build();
    }

    /** @return an application reading and writing snake_case JSON */
    public static ApiGatewayRestResolver objectMapper() {
        // tag::object-mapper[]
        var app = ApiGatewayRestResolver.builder();
        app.objectMapper(JsonMapper.builder()           // request and response bodies
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build());
        app.post("/tasks", request -> request.body(Task.class));
        // end::object-mapper[]
        return app.build();
    }

    /** @return an application behind a custom domain's {@code /payment} mapping */
    public static ApiGatewayRestResolver stripPrefixes() {
        // tag::strip-prefixes[]
        var app = ApiGatewayRestResolver.builder().stripPrefixes("/payment");
        app.get("/subscriptions/{id}", request -> request.path() + " (the event said " + request.rawPath() + ")");
        // end::strip-prefixes[]
        return app.build();
    }

    /** @return an application behind mappings naming an environment and a version */
    public static Resolver stripPatterns() {
        // tag::strip-patterns[]
        var app = Resolver.builder().stripPrefixes(Pattern.compile("/(dev|prod)/v[0-9]+"));
        app.get("/subscriptions", request -> request.path());
        app.get("/", request -> "root");
        // end::strip-patterns[]
        return app.build();
    }
}
