package dev.portico.testing;

import static dev.portico.testing.EventParts.object;

import java.util.Map;
import java.util.Objects;

/**
 * Builds a VPC Lattice event in the 2.0 format: {@code version}, {@code path}, {@code method},
 * {@code headers} and {@code queryStringParameters} with lists of values (names of headers lower-cased,
 * query values decoded), {@code body}, {@code isBase64Encoded}, and a {@code requestContext} with the
 * service network, service and target group ARNs, the caller's identity, the region and
 * {@code timeEpoch} (microseconds, as a string). Cookies go in a {@code cookie} header; the source IP
 * in {@code x-forwarded-for}.
 */
public final class VpcLatticeV2EventBuilder extends EventBuilder<VpcLatticeV2EventBuilder> {
    private String region = REGION;

    VpcLatticeV2EventBuilder() {
    }

    /**
     * @param region {@code requestContext.region} and the region of the ARNs; {@code us-east-1} by default
     * @return this builder
     */
    public VpcLatticeV2EventBuilder region(String region) {
        this.region = Objects.requireNonNull(region, "region");
        return this;
    }

    @Override
    public Map<String, Object> toMap() {
        String arn = "arn:aws:vpc-lattice:" + region + ":" + ACCOUNT_ID + ":";
        Map<String, Object> context = object(
                "serviceNetworkArn", arn + "servicenetwork/sn-0123456789abcdef0",
                "serviceArn", arn + "service/svc-0123456789abcdef0",
                "targetGroupArn", arn + "targetgroup/tg-0123456789abcdef0",
                "identity", object(
                        "sourceVpcArn", "arn:aws:ec2:" + region + ":" + ACCOUNT_ID + ":vpc/vpc-0123456789abcdef0",
                        "type", "AWS_IAM",
                        "principal", "arn:aws:iam::" + ACCOUNT_ID + ":role/portico-test"),
                "region", region,
                "timeEpoch", Long.toString(EPOCH_MILLIS * 1000));
        return object(
                "version", "2.0",
                "path", path(),
                "method", method(),
                "headers", headerLists(true, true, true),
                "queryStringParameters", queryLists(),
                "body", body() == null ? "" : body(),
                "isBase64Encoded", base64Encoded(),
                "requestContext", context);
    }
}
