package dev.portico.testing;

/** The Lambda HTTP event formats Portico reads, as {@link Events#of(EventFormat)} builds them. */
public enum EventFormat {
    /** API Gateway REST API, payload 1.0. */
    REST,
    /** API Gateway HTTP API, payload 2.0. */
    HTTP_API,
    /** Application Load Balancer, single-value headers. */
    ALB,
    /** Application Load Balancer with multi-value headers enabled. */
    ALB_MULTI_VALUE,
    /** Lambda Function URL. */
    FUNCTION_URL,
    /** VPC Lattice, first format. */
    VPC_LATTICE,
    /** VPC Lattice, format 2.0. */
    VPC_LATTICE_V2
}
