package dev.portico.feature.openapi;

import dev.portico.core.Resolver;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.testing.PorticoClient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Run by {@link NoJakartaTest} in a JVM whose class path lacks jakarta.validation-api: a typed route
 * whose record carries Bean Validation annotations must still build and answer (the annotations are
 * then invisible, as the JVM drops annotations of absent types).
 */
public final class NoJakartaMain {

    private NoJakartaMain() {
    }

    /** A record annotated with constraints of a jar that is not there at run time. */
    public record Note(@NotBlank @Size(max = 3) String title) {
    }

    /** The route. */
    public static class Api {
        @Post("/notes")
        public String create(@Body Note note) {
            return "[" + note.title() + "]";
        }
    }

    /** @param args unused */
    public static void main(String[] args) {
        boolean present;
        try {
            Class.forName("jakarta.validation.constraints.NotBlank");
            present = true;
        } catch (ClassNotFoundException e) {
            present = false;
        }
        Resolver app = Resolver.builder().debug(false).include(OpenApi.routes(new Api())).build();
        app.prime();
        PorticoClient client = PorticoClient.of(app);
        String answer = client.post("/notes").body("{\"title\":\" \"}").send().body();
        String missing = client.post("/notes").body("{}").send().body();
        System.out.println("jakarta=" + present + " blank=" + answer + " missing=" + missing);
    }
}
