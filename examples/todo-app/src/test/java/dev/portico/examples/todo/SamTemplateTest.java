package dev.portico.examples.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SAM template names the handler class that exists and the jar the build makes. */
class SamTemplateTest {
    private static String property(String template, String name) {
        Matcher m = Pattern.compile("(?m)^\\s+" + name + ":\\s*(\\S+)\\s*$").matcher(template);
        assertTrue(m.find(), name + " is in template.yaml");
        return m.group(1);
    }

    @Test
    void handlerAndCodeUriMatchTheBuild() throws Exception {
        String template = Files.readString(Path.of("template.yaml"));
        String handler = property(template, "Handler");
        assertEquals(TodoHandler.class.getName() + "::handleRequest", handler);
        assertTrue(RequestStreamHandler.class.isAssignableFrom(TodoHandler.class));
        String jar = Path.of(System.getProperty("portico.lambda.jar")).getFileName().toString();
        assertEquals("target/" + jar, property(template, "CodeUri"));
        assertEquals("java25", property(template, "Runtime"));
    }
}
