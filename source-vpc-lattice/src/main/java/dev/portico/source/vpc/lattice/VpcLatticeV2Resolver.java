package dev.portico.source.vpc.lattice;

import dev.portico.core.Resolver;

/**
 * A resolver for VPC Lattice targets using the version 2 event structure only (Powertools'
 * {@code VPCLatticeV2Resolver}, the structure AWS recommends): every event is decoded by
 * {@link VpcLatticeV2Source}, and anything else is refused with
 * {@link dev.portico.api.UnsupportedEventException}. Handlers can ask for the typed
 * {@link VpcLatticeV2Event}.
 *
 * <pre>{@code
 * static final VpcLatticeV2Resolver APP = VpcLatticeV2Resolver.builder()
 *         .include(routes())
 *         .build();
 *
 * static Router routes() {
 *     Router router = new Router();
 *     router.get("/todos", req -> todos());
 *     return router;
 * }
 *
 * // in your RequestStreamHandler: APP.handleRequest(in, out, context);
 * }</pre>
 */
public class VpcLatticeV2Resolver extends Resolver {

    /**
     * Shares what a builder built; subclasses with a no-argument constructor make Lambda handlers.
     *
     * @param built the resolver {@link #builder()} made
     */
    protected VpcLatticeV2Resolver(Resolver built) {
        super(built);
    }

    /** @return a builder whose resolver decodes every event as a version 2 VPC Lattice event */
    public static Resolver.TypedBuilder<VpcLatticeV2Resolver> builder() {
        return Resolver.builder(new Wrap()).source(new VpcLatticeV2Source());
    }

    /**
     * Makes the resolver from the built one: a class, not {@code VpcLatticeV2Resolver::new}, whose first use
     * would spin a class at run time (cold start).
     */
    private static final class Wrap implements java.util.function.Function<Resolver, VpcLatticeV2Resolver> {
        @Override
        public VpcLatticeV2Resolver apply(Resolver built) {
            return new VpcLatticeV2Resolver(built);
        }
    }
}
