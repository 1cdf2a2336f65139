package dev.portico.source.vpc.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.api.Headers;
import dev.portico.api.QueryParams;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import dev.portico.testkit.SourceIo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** writeEvent and readResponse of both Lattice sources, the inverses of decode and encode. */
class RoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final VpcLatticeSource v1 = new VpcLatticeSource();
    private final VpcLatticeV2Source v2 = new VpcLatticeV2Source();

    private static SourceRequest.Builder request() {
        return SourceRequest.builder("any")
                .method("PUT")
                .path("/todos/1")
                .headers(Headers.builder().add("Content-Type", "application/json").add("X-Tag", "a")
                        .add("x-tag", "b").add("Cookie", "session=s1").build())
                .queryParams(QueryParams.builder().add("q", "a b").add("r", "é=1").build())
                .body("{\"title\":\"x\"}", false)
                .sourceIp("198.51.100.4");
    }

    @Test
    void writesAVersion1Event() throws IOException {
        assertEquals(JSON.readTree("{\"raw_path\":\"/todos/1\",\"method\":\"PUT\",\"headers\":{"
                + "\"Content-Type\":\"application/json\",\"X-Tag\":\"a, b\",\"Cookie\":\"session=s1\","
                + "\"X-Forwarded-For\":\"198.51.100.4\"},\"query_string_parameters\":{\"q\":\"a b\",\"r\":\"é=1\"},"
                + "\"body\":\"{\\\"title\\\":\\\"x\\\"}\",\"is_base64_encoded\":false}"),
                JSON.readTree(SourceIo.write(v1, request().build())));
    }

    @Test
    void writesAVersion2Event() throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(SourceIo.write(v2, request().build()));
        assertTrue(((ObjectNode) tree.get("requestContext")).remove("timeEpoch").asText().matches("\\d{16}"));
        assertEquals(JSON.readTree("{\"version\":\"2.0\",\"path\":\"/todos/1\",\"method\":\"PUT\",\"headers\":{"
                + "\"Content-Type\":[\"application/json\"],\"X-Tag\":[\"a\",\"b\"],\"Cookie\":[\"session=s1\"],"
                + "\"X-Forwarded-For\":[\"198.51.100.4\"]},\"queryStringParameters\":{\"q\":[\"a b\"],\"r\":[\"é=1\"]},"
                + "\"body\":\"{\\\"title\\\":\\\"x\\\"}\",\"isBase64Encoded\":false,\"requestContext\":{"
                + "\"serviceNetworkArn\":\"arn:aws:vpc-lattice:us-east-1:123456789012:servicenetwork/sn-local\","
                + "\"serviceArn\":\"arn:aws:vpc-lattice:us-east-1:123456789012:service/svc-local\","
                + "\"targetGroupArn\":\"arn:aws:vpc-lattice:us-east-1:123456789012:targetgroup/tg-local\","
                + "\"identity\":{\"sourceVpcArn\":\"arn:aws:ec2:us-east-1:123456789012:vpc/vpc-local\"},"
                + "\"region\":\"us-east-1\"}}"), tree);
    }

    @Test
    void decodeOfWriteEventGivesTheRequestBackInVersion2() throws IOException {
        SourceRequest original = request().build();
        EventJson event = SourceIo.event(SourceIo.write(v2, original));
        assertTrue(v2.recognizes(event));
        assertFalse(v1.recognizes(event));
        SourceRequest back = v2.decode(event);
        assertEquals("PUT", back.method());
        assertEquals("/todos/1", back.path());
        assertEquals(original.headers().toBuilder().add("X-Forwarded-For", "198.51.100.4").build(), back.headers());
        assertEquals(original.queryParams(), back.queryParams());
        assertNull(back.cookies());
        assertEquals(original.body(), back.body());
        assertEquals("198.51.100.4", back.sourceIp());
        assertEquals("svc-local", ((VpcLatticeV2Event) back.event().get()).requestContext().serviceArn()
                .substring(ARN_PREFIX.length()));
    }

    private static final String ARN_PREFIX = "arn:aws:vpc-lattice:us-east-1:123456789012:service/";

    @Test
    void decodeOfWriteEventGivesTheRequestBackInVersion1() throws IOException {
        SourceRequest original = request().build();
        EventJson event = SourceIo.event(SourceIo.write(v1, original));
        assertTrue(v1.recognizes(event));
        assertFalse(v2.recognizes(event));
        SourceRequest back = v1.decode(event);
        assertEquals("PUT", back.method());
        assertEquals("/todos/1", back.path());
        assertEquals(Headers.builder().add("Content-Type", "application/json").add("X-Tag", "a, b")
                .add("Cookie", "session=s1").add("X-Forwarded-For", "198.51.100.4").build(), back.headers(),
                "version 1 headers are single strings: repeated values are joined");
        assertEquals(original.queryParams(), back.queryParams());
        assertEquals(original.body(), back.body());
        assertEquals("198.51.100.4", back.sourceIp());
    }

    @Test
    void version1CarriesRepeatedQueryNamesInThePath() throws IOException {
        SourceRequest original = SourceRequest.builder("any").method("GET").path("/search")
                .queryParams(QueryParams.builder().add("tag", "a b").add("tag", "c&d").build())
                .cookies(List.of("a=1", "b=2")).body("AAEC/w==", true).build();
        SourceRequest back = v1.decode(SourceIo.event(SourceIo.write(v1, original)));
        assertEquals("/search", back.path());
        assertEquals(original.queryParams(), back.queryParams());
        assertEquals(List.of("a=1; b=2"), back.headers().all("Cookie"));
        assertEquals("AAEC/w==", back.body());
        assertTrue(back.base64Encoded());
    }

    @Test
    void readResponseOfEncodeGivesTheResponseBack() throws IOException {
        WireResponse original = new WireResponse(201, Headers.builder().add("Content-Type", "image/png")
                .add("Location", "/todos/1").build(), List.of("session=abc; Secure"), "iVBORw0KGgo=", true);
        assertEquals(original, v1.readResponse(SourceIo.event(SourceIo.encode(v1, original))));
        assertEquals(original, v2.readResponse(SourceIo.event(SourceIo.encode(v2, original))));
        WireResponse empty = new WireResponse(204, Headers.empty(), List.of(), "", false);
        assertEquals(empty, v2.readResponse(SourceIo.event(SourceIo.encode(v2, empty))));
        assertThrows(IllegalArgumentException.class, () -> v1.readResponse(SourceIo.event("{\"headers\":{}}")));
    }
}
