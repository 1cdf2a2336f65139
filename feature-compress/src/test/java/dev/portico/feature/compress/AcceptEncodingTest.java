package dev.portico.feature.compress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptEncodingTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "gzip|true",
        "GZip|true",
        "x-gzip|true",
        "gzip, deflate, br|true",
        "br;q=1.0, gzip;q=0.8, *;q=0.1|true",
        "gzip;q=0|false",
        "gzip; q=0.000|false",
        "gzip;Q=0.001|true",
        "gzip;q=1|true",
        "gzip;q=1.000|true",
        "gzip;q=1.5|false",
        "gzip;q=abc|false",
        "gzip;q=0.1234|false",
        "gzip;level=1|true",
        "*|true",
        "*;q=0|false",
        "gzip;q=0, *|false",
        "*, gzip;q=0|false",
        "br, *;q=0|false",
        "deflate, br|false",
        "identity|false",
        "''|false",
        "' , ,'|false",
        "gzipper|false",
    })
    void gzipIsAcceptedOnlyWithAPositiveQuality(String header, boolean expected) {
        assertEquals(expected, AcceptEncoding.allowsGzip(List.of(header)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"br|gzip|true", "br|deflate|false", "gzip|gzip;q=0|false", "*|br|true"})
    void repeatedHeadersCountTogether(String first, String second, boolean expected) {
        assertEquals(expected, AcceptEncoding.allowsGzip(List.of(first, second)));
    }

    @org.junit.jupiter.api.Test
    void noHeaderMeansNoGzip() {
        assertEquals(false, AcceptEncoding.allowsGzip(List.of()));
    }
}
