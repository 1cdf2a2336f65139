package dev.portico.testing;

/**
 * Builders of Lambda HTTP events in the shapes AWS sends, for tests:
 *
 * <pre>{@code
 * String event = Events.httpApi().method("POST").path("/todos").jsonBody(Map.of("title", "milk")).build();
 * String reply = app.resolve(event, new TestContext());
 * }</pre>
 *
 * <p>Each builder fixes the AWS-assigned parts (account, API id, time, ...) to constant values, so the
 * same calls build the same JSON.
 */
public final class Events {

    private Events() {
    }

    /** @return an API Gateway REST API (payload 1.0) event builder */
    public static RestEventBuilder apiGatewayRest() {
        return new RestEventBuilder();
    }

    /** @return an API Gateway HTTP API (payload 2.0) event builder */
    public static HttpApiEventBuilder httpApi() {
        return new HttpApiEventBuilder();
    }

    /** @return an Application Load Balancer event builder (single-value headers unless switched) */
    public static AlbEventBuilder alb() {
        return new AlbEventBuilder();
    }

    /** @return a Lambda Function URL event builder */
    public static FunctionUrlEventBuilder functionUrl() {
        return new FunctionUrlEventBuilder();
    }

    /** @return a VPC Lattice event builder, first format (snake_case keys) */
    public static VpcLatticeEventBuilder vpcLattice() {
        return new VpcLatticeEventBuilder();
    }

    /** @return a VPC Lattice event builder, format 2.0 */
    public static VpcLatticeV2EventBuilder vpcLatticeV2() {
        return new VpcLatticeV2EventBuilder();
    }

    /**
     * @param format a format
     * @return a builder of that format's events, with its defaults
     */
    public static EventBuilder<?> of(EventFormat format) {
        return switch (format) {
            case REST -> apiGatewayRest();
            case HTTP_API -> httpApi();
            case ALB -> alb();
            case ALB_MULTI_VALUE -> alb().multiValueHeaders(true);
            case FUNCTION_URL -> functionUrl();
            case VPC_LATTICE -> vpcLattice();
            case VPC_LATTICE_V2 -> vpcLatticeV2();
        };
    }
}
