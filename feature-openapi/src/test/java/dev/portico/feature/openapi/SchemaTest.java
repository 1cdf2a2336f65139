package dev.portico.feature.openapi;

import static dev.portico.feature.openapi.Apps.json;
import static dev.portico.feature.openapi.Apps.locTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Description;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.testing.PorticoClient;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Schemas of less common types: recursion, same-named classes, sets, renamed and nullable properties. */
class SchemaTest {

    /** Any annotation named Nullable marks a property optional. */
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Nullable {
    }

    /** A tree. */
    public record Node(String name, List<Node> children) {
    }

    /** One Item. */
    public static final class A {
        /** @param x x */
        public record Item(int x) {
        }
    }

    /** Another Item. */
    public static final class B {
        /** @param y y */
        @Description("The other item")
        public record Item(String y) {
        }
    }

    /**
     * @param first an A.Item
     * @param second a B.Item
     * @param tags unique tags
     * @param big a big integer
     * @param userName renamed
     * @param nickname may be null
     */
    public record Mixed(A.Item first, B.Item second, Set<String> tags, BigInteger big,
                        @JsonProperty("user_name") String userName, @Nullable String nickname) {
    }

    public static class Api {
        @Post("/tree")
        public int tree(@Body Node root) {
            return count(root);
        }

        @Post("/mixed")
        public String mixed(@Body Mixed m) {
            return m.userName() + "/" + m.nickname() + "/" + m.tags().size();
        }

        private static int count(Node n) {
            return 1 + n.children().stream().mapToInt(Api::count).sum();
        }
    }

    @Test
    void componentsForRecursiveAndSameNamedTypes() {
        String doc = OpenApi.document(Apps.app(new Api()));
        OpenApiParser.assertValid(doc);
        JsonNode schemas = json(doc).at("/components/schemas");
        assertEquals(json("""
                {"type":"object","properties":{"name":{"type":"string","title":"Name"},
                 "children":{"type":"array","items":{"$ref":"#/components/schemas/Node"},"title":"Children"}},
                 "required":["name","children"],"title":"Node"}"""), schemas.get("Node"));
        assertEquals(json("""
                {"type":"object","properties":{
                  "first":{"$ref":"#/components/schemas/Item"},
                  "second":{"$ref":"#/components/schemas/dev.portico.feature.openapi.SchemaTest.B.Item"},
                  "tags":{"type":"array","items":{"type":"string"},"uniqueItems":true,"title":"Tags"},
                  "big":{"type":"integer","title":"Big"},"user_name":{"type":"string","title":"User Name"},
                  "nickname":{"anyOf":[{"type":"string"},{"type":"null"}],"title":"Nickname"}},
                 "required":["first","second","tags","big","user_name"],"title":"Mixed"}"""), schemas.get("Mixed"));
        assertEquals("The other item",
                schemas.at("/dev.portico.feature.openapi.SchemaTest.B.Item/description").asText());
    }

    @Test
    void recursiveBodiesAreValidatedAtDepth() {
        PorticoClient client = Apps.client(new Api());
        assertEquals("3", client.post("/tree").body("{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":"
                + "[{\"name\":\"c\",\"children\":[]}]}]}").send().body());
        assertEquals(List.of(List.of(List.of("body", "children", 0, "children", 0, "name"), "string_type")),
                locTypes(client.post("/tree").body("{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":"
                        + "[{\"name\":7,\"children\":[]}]}]}").send()));
    }

    @Test
    void renamedAndNullableProperties() {
        PorticoClient client = Apps.client(new Api());
        String ok = "{\"first\":{\"x\":1},\"second\":{\"y\":\"y\"},\"tags\":[\"a\",\"b\"],\"big\":123456789012345678901,"
                + "\"user_name\":\"ann\"}";
        assertEquals("ann/null/2", client.post("/mixed").body(ok).send().body());
        assertEquals(List.of(List.of(List.of("body", "tags"), "value_error")),
                locTypes(client.post("/mixed").body(ok.replace("[\"a\",\"b\"]", "[\"a\",\"a\"]")).send()));
        assertEquals(List.of(List.of(List.of("body", "user_name"), "missing")),
                locTypes(client.post("/mixed").body(ok.replace("user_name", "userName")).send()));
    }
}
