package dev.portico.source.vpc.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.api.Headers;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import dev.portico.testkit.ResourceEvents;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatticeEncodeTest {

    private static EventSource source(String version) {
        return version.equals("v1") ? new VpcLatticeSource() : new VpcLatticeV2Source();
    }

    private static SourceRequest request(EventSource source) {
        return source.decode(ResourceEvents.json(source instanceof VpcLatticeSource ? "lattice-v1.json" : "lattice-v2-lists.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void joinsHeaderValuesAndKeepsTheLastCookie(String version) throws IOException {
        EventSource source = source(version);
        WireResponse w = new WireResponse(200, Headers.builder().add("Vary", "Origin").add("Vary", "Accept")
                .add("Content-Type", "application/json").build(), List.of("a=1; Path=/", "b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT"),
                "{\"ok\":true}", false);
        assertEquals(ResourceEvents.tree("{\"statusCode\":200,\"statusDescription\":\"200 OK\","
                        + "\"headers\":{\"Vary\":\"Origin, Accept\",\"Content-Type\":\"application/json\","
                        + "\"Set-Cookie\":\"b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT\"},"
                        + "\"body\":\"{\\\"ok\\\":true}\",\"isBase64Encoded\":false}"),
                ResourceEvents.encode(source, w, request(source)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void oneCookieNoHeadersAndBinary(String version) throws IOException {
        EventSource source = source(version);
        WireResponse w = new WireResponse(404, Headers.empty(), List.of("s=1"), "AAEC", true);
        assertEquals(ResourceEvents.tree("{\"statusCode\":404,\"statusDescription\":\"404 Not Found\","
                        + "\"headers\":{\"Set-Cookie\":\"s=1\"},\"body\":\"AAEC\",\"isBase64Encoded\":true}"),
                ResourceEvents.encode(source, w, request(source)));
        WireResponse none = new WireResponse(204, Headers.empty(), List.of(), null, false);
        assertEquals(ResourceEvents.tree("{\"statusCode\":204,\"statusDescription\":\"204 No Content\",\"headers\":{},"
                        + "\"body\":null,\"isBase64Encoded\":false}"),
                ResourceEvents.encode(source, none, request(source)));
    }
}
