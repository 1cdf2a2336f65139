package dev.portico.testing;

import static dev.portico.testing.EventParts.encoded;
import static dev.portico.testing.EventParts.joined;
import static dev.portico.testing.EventParts.object;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds an Application Load Balancer event. Like ALB it lower-cases header names, leaves query names
 * and values percent-encoded, puts the target group in {@code requestContext.elb.targetGroupArn}, adds
 * {@code x-forwarded-for}, and sends cookies in a {@code cookie} header.
 *
 * <p>With {@link #multiValueHeaders(boolean) multi-value headers} on (a target group setting), headers
 * and query parameters go in {@code multiValueHeaders} and {@code multiValueQueryStringParameters}
 * only; off (the default), in {@code headers} and {@code queryStringParameters} with the last value
 * of each name, as ALB does.
 */
public final class AlbEventBuilder extends EventBuilder<AlbEventBuilder> {
    private boolean multiValue;
    private String targetGroupArn = "arn:aws:elasticloadbalancing:" + REGION + ":" + ACCOUNT_ID
            + ":targetgroup/portico-test/0123456789abcdef";

    AlbEventBuilder() {
    }

    /**
     * @param on whether the target group has multi-value headers enabled
     * @return this builder
     */
    public AlbEventBuilder multiValueHeaders(boolean on) {
        this.multiValue = on;
        return this;
    }

    /**
     * @param arn {@code requestContext.elb.targetGroupArn}
     * @return this builder
     */
    public AlbEventBuilder targetGroupArn(String arn) {
        this.targetGroupArn = Objects.requireNonNull(arn, "arn");
        return this;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, List<String>> headers = headerLists(true, true, true);
        Map<String, List<String>> query = encoded(queryLists());
        Map<String, Object> event = object(
                "requestContext", object("elb", object("targetGroupArn", targetGroupArn)),
                "httpMethod", method(),
                "path", path());
        if (multiValue) {
            event.put("multiValueQueryStringParameters", query);
            event.put("multiValueHeaders", headers);
        } else {
            event.put("queryStringParameters", joined(query, null));
            event.put("headers", joined(headers, null));
        }
        event.put("body", body() == null ? "" : body());
        event.put("isBase64Encoded", base64Encoded());
        return event;
    }
}
