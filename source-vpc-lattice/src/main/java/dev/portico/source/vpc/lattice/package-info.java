/**
 * Amazon VPC Lattice support: {@link dev.portico.source.vpc.lattice.VpcLatticeV2Source} and
 * {@link dev.portico.source.vpc.lattice.VpcLatticeSource} decode the two Lattice event structures and
 * encode responses; {@link dev.portico.source.vpc.lattice.VpcLatticeV2Event} and
 * {@link dev.portico.source.vpc.lattice.VpcLatticeEvent} are the typed events handlers can ask for.
 */
package dev.portico.source.vpc.lattice;
