package dev.portico.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TestResponse} reading wire responses written by hand in each format's shape. */
class TestResponseTest {

    @Test
    void multiValueHeadersWinOverTheSingleValueCopy() {
        TestResponse r = TestResponse.of("{\"statusCode\":201,"
                + "\"headers\":{\"X-Tag\":\"b\",\"Content-Type\":\"text/plain\"},"
                + "\"multiValueHeaders\":{\"x-tag\":[\"a\",\"b\"],\"Set-Cookie\":[\"a=1\",\"b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT\"]},"
                + "\"body\":\"made\",\"isBase64Encoded\":false}");
        assertEquals(201, r.status());
        assertEquals(List.of("a", "b"), r.headers("X-Tag"));
        assertEquals("a, b", r.header("x-tag"));
        assertEquals("text/plain", r.header("CONTENT-TYPE"));
        assertEquals(List.of("a=1", "b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT"), r.cookies());
        assertEquals("made", r.body());
        assertNull(r.header("Missing"));
        assertEquals(List.of(), r.headers("Missing"));
    }

    @Test
    void commaJoinedHeadersAreSplitButSetCookieIsNot() {
        TestResponse r = TestResponse.of("{\"statusCode\":200,"
                + "\"headers\":{\"allow\":\"GET, POST\",\"set-cookie\":\"s=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT\"},"
                + "\"body\":\"\"}");
        assertEquals(List.of("GET", "POST"), r.headers("Allow"));
        assertEquals("GET, POST", r.header("Allow"));
        assertEquals(List.of("s=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT"), r.cookies());
    }

    @Test
    void theCookiesArrayCountsAsSetCookie() {
        TestResponse r = TestResponse.of("{\"statusCode\":200,\"headers\":{},\"cookies\":[\"a=1\",\"b=2\"]}");
        assertEquals(List.of("a=1", "b=2"), r.cookies());
        assertEquals("a=1", r.header("Set-Cookie"));
        assertEquals("", r.body());
    }

    @Test
    void listValuedHeadersAreTakenAsTheyAre() {
        TestResponse r = TestResponse.of("{\"statusCode\":200,\"headers\":{\"x\":[\"1, 2\",\"3\"]}}");
        assertEquals(List.of("1, 2", "3"), r.headers("x"));
    }

    @Test
    void base64BodiesAreDecodedWhicheverKeyFlagsThem() {
        TestResponse camel = TestResponse.of("{\"statusCode\":200,\"body\":\"aGk=\",\"isBase64Encoded\":true}");
        assertTrue(camel.isBase64Encoded());
        assertEquals("hi", camel.body());
        assertArrayEquals(new byte[] {'h', 'i'}, camel.bodyBytes());
        TestResponse snake = TestResponse.of("{\"statusCode\":200,\"body\":\"aGk=\",\"is_base64_encoded\":true}");
        assertEquals("hi", snake.body());
        TestResponse plain = TestResponse.of("{\"statusCode\":200,\"body\":\"aGk=\"}");
        assertFalse(plain.isBase64Encoded());
        assertEquals("aGk=", plain.body());
    }

    @Test
    void jsonBodiesParse() {
        String wire = "{\"statusCode\":200,\"body\":\"{\\\"a\\\":[1,2]}\"}";
        TestResponse r = TestResponse.of(wire);
        assertEquals(2, r.json().get("a").get(1).asInt());
        assertEquals(wire, r.raw());
        assertThrows(IllegalStateException.class, () -> TestResponse.of("{\"statusCode\":200,\"body\":\"nope\"}").json());
    }

    @Test
    void whatIsNotAResponseIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TestResponse.of("{\"status\":200}"));
        assertThrows(IllegalArgumentException.class, () -> TestResponse.of("not json"));
        assertThrows(IllegalArgumentException.class, () -> TestResponse.of("[]"));
    }

    @Test
    void testContextKeepsLogsAndItsId() {
        TestContext c = new TestContext().requestId("r-9").functionName("shop");
        c.getLogger().log("one");
        c.getLogger().log("two".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("one", "two"), c.logged());
        assertEquals("r-9", c.getAwsRequestId());
        assertEquals("/aws/lambda/shop", c.getLogGroupName());
        assertEquals("arn:aws:lambda:us-east-1:123456789012:function:shop", c.getInvokedFunctionArn());
        assertEquals(29_000, c.remainingTimeInMillis(29_000).getRemainingTimeInMillis());
    }
}
