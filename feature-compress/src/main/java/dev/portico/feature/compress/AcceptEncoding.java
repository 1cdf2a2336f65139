package dev.portico.feature.compress;

import java.util.List;

/**
 * Reads {@code Accept-Encoding} (RFC 9110, section 12.5.3) for one question: may the response be
 * gzip-compressed? Yes when {@code gzip} (or its alias {@code x-gzip}) is listed with a quality
 * above zero, or when it is not listed and {@code *} is, with a quality above zero. Names compare
 * without regard to case; a malformed quality counts as zero.
 */
final class AcceptEncoding {

    private AcceptEncoding() {
    }

    /**
     * @param values the header's values (a header may be repeated); empty when absent
     * @return whether gzip is acceptable
     */
    static boolean allowsGzip(List<String> values) {
        Boolean gzip = null;
        boolean star = false;
        for (String value : values) {
            for (String item : value.split(",")) {
                int semi = item.indexOf(';');
                String coding = (semi < 0 ? item : item.substring(0, semi)).strip();
                if (coding.isEmpty()) {
                    continue;
                }
                boolean accepted = semi < 0 || quality(item.substring(semi + 1)) > 0;
                if (coding.equalsIgnoreCase("gzip") || coding.equalsIgnoreCase("x-gzip")) {
                    gzip = gzip == null ? accepted : gzip && accepted;
                } else if (coding.equals("*")) {
                    star = accepted;
                }
            }
        }
        return gzip != null ? gzip : star;
    }

    /** @return the {@code q} parameter among {@code ;}-separated parameters, 1 when absent, 0 when malformed */
    private static double quality(String params) {
        for (String p : params.split(";")) {
            int eq = p.indexOf('=');
            if (eq < 0 || !p.substring(0, eq).strip().equalsIgnoreCase("q")) {
                continue;
            }
            return qvalue(p.substring(eq + 1).strip());
        }
        return 1;
    }

    /** Parses {@code qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )}; malformed is 0. */
    private static double qvalue(String q) {
        if (q.isEmpty() || q.length() > 5 || (q.charAt(0) != '0' && q.charAt(0) != '1')) {
            return 0;
        }
        if (q.length() > 1 && q.charAt(1) != '.') {
            return 0;
        }
        int thousandths = 0;
        for (int i = 2; i < 5; i++) {
            char c = i < q.length() ? q.charAt(i) : '0';
            if (c < '0' || c > '9') {
                return 0;
            }
            thousandths = thousandths * 10 + (c - '0');
        }
        if (q.charAt(0) == '1') {
            return thousandths == 0 ? 1 : 0;
        }
        return thousandths / 1000.0;
    }
}
