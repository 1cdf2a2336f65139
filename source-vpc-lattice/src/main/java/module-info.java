/**
 * Portico's event sources for Amazon VPC Lattice Lambda targets, both event structures:
 * {@code vpc-lattice} (version 1, snake_case) and {@code vpc-lattice-v2} (version 2). Exports the
 * event records the AWS events library lacks, {@link dev.portico.source.vpc.lattice.VpcLatticeEvent}
 * and {@link dev.portico.source.vpc.lattice.VpcLatticeV2Event}, and a resolver fixed to each source,
 * {@link dev.portico.source.vpc.lattice.VpcLatticeResolver} and
 * {@link dev.portico.source.vpc.lattice.VpcLatticeV2Resolver}.
 */
module dev.portico.source.vpc.lattice {
    requires transitive dev.portico.api;
    requires transitive dev.portico.core;

    exports dev.portico.source.vpc.lattice;

    provides dev.portico.api.spi.EventSource with
            dev.portico.source.vpc.lattice.VpcLatticeV2Source,
            dev.portico.source.vpc.lattice.VpcLatticeSource;
}
