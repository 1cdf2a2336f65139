package dev.portico.source.vpc.lattice;

import dev.portico.api.spi.EventJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A VPC Lattice request event in the version 2 structure ({@code "version":"2.0"}, camelCase keys),
 * which the AWS events library does not model. Handlers get it with
 * {@code request.event(VpcLatticeV2Event.class)}; it is built from the event JSON only when asked for.
 *
 * <p>Header and query values are lists; a plain string in the event becomes a one-element list. Maps
 * are never {@code null} (empty when the event had none), keep the event's order and cannot be changed.
 *
 * @param version the structure version ({@code "2.0"})
 * @param path the path ({@code path})
 * @param method the HTTP method ({@code method})
 * @param headers the headers ({@code headers})
 * @param queryStringParameters the query parameters ({@code queryStringParameters}, or
 *     {@code query_string_parameters} when only that is present), as the event carried them
 * @param body the body ({@code body}), base64 when {@code isBase64Encoded}; {@code null} for none
 * @param isBase64Encoded whether the body is base64 ({@code isBase64Encoded})
 * @param requestContext the request context, or {@code null} when the event has none
 */
public record VpcLatticeV2Event(String version, String path, String method, Map<String, List<String>> headers,
        Map<String, List<String>> queryStringParameters, String body, boolean isBase64Encoded,
        RequestContext requestContext) {

    /**
     * Copies the maps and their lists; {@code null} maps become empty.
     *
     * @param version the structure version
     * @param path the path
     * @param method the HTTP method
     * @param headers the headers
     * @param queryStringParameters the query parameters
     * @param body the body, or {@code null}
     * @param isBase64Encoded whether the body is base64
     * @param requestContext the request context, or {@code null}
     */
    public VpcLatticeV2Event {
        headers = copy(headers);
        queryStringParameters = copy(queryStringParameters);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        if (m == null || m.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : m.entrySet()) {
            List<String> v = e.getValue();
            out.put(e.getKey(), v == null ? List.of() : List.copyOf(v));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Where the request came from in VPC Lattice.
     *
     * @param serviceNetworkArn the service network ARN
     * @param serviceArn the service ARN
     * @param targetGroupArn the target group ARN
     * @param identity the caller's identity, or {@code null} when absent
     * @param region the AWS Region
     * @param timeEpoch the request time in microseconds since the epoch, as the event's text
     */
    public record RequestContext(String serviceNetworkArn, String serviceArn, String targetGroupArn,
            Identity identity, String region, String timeEpoch) {
    }

    /**
     * The caller as VPC Lattice authenticated it. Fields the event lacks are {@code null}.
     *
     * @param sourceVpcArn the ARN of the VPC the request came from
     * @param type the authentication type, {@code AWS_IAM} or {@code NONE}
     * @param principal the authenticated principal (IAM)
     * @param principalOrgId the principal's AWS Organizations id (IAM)
     * @param sessionName the role session name (IAM)
     * @param x509SubjectCn the client certificate subject common name (mutual TLS)
     * @param x509IssuerOu the client certificate issuer organizational unit (mutual TLS)
     * @param x509SanDns the client certificate DNS subject alternative name (mutual TLS)
     * @param x509SanUri the client certificate URI subject alternative name (mutual TLS)
     * @param x509SanNameCn the client certificate directory-name subject alternative name (mutual TLS)
     */
    public record Identity(String sourceVpcArn, String type, String principal, String principalOrgId,
            String sessionName, String x509SubjectCn, String x509IssuerOu, String x509SanDns, String x509SanUri,
            String x509SanNameCn) {
    }

    /**
     * @param json a version 2 event
     * @return the typed event
     */
    static VpcLatticeV2Event from(EventJson json) {
        return new VpcLatticeV2Event(json.string("version"), json.string("path"), json.string("method"),
                json.stringLists("headers"), VpcLatticeV2Source.queryParameters(json), json.string("body"),
                json.bool("isBase64Encoded"), context(json.object("requestContext")));
    }

    private static RequestContext context(EventJson c) {
        if (c == null) {
            return null;
        }
        return new RequestContext(c.string("serviceNetworkArn"), c.string("serviceArn"), c.string("targetGroupArn"),
                identity(c.object("identity")), c.string("region"), c.string("timeEpoch"));
    }

    private static Identity identity(EventJson i) {
        if (i == null) {
            return null;
        }
        return new Identity(i.string("sourceVpcArn"), i.string("type"), i.string("principal"),
                either(i, "principalOrgID", "principalOrgId"), i.string("sessionName"),
                either(i, "x509SubjectCn", "X509SubjectCn"), either(i, "x509IssuerOu", "X509IssuerOu"),
                either(i, "x509SanDns", "X509SanDns"), either(i, "x509SanUri", "X509SanUri"),
                either(i, "x509SanNameCn", "X509SanNameCn"));
    }

    /** The AWS documentation and sample events spell a few keys two ways; accept both. */
    private static String either(EventJson json, String key, String other) {
        String v = json.string(key);
        return v != null ? v : json.string(other);
    }
}
