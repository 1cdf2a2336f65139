package dev.portico.source.vpc.lattice;

import dev.portico.core.Resolver;

/**
 * A resolver for VPC Lattice targets using the version 1 event structure only (Powertools'
 * {@code VPCLatticeResolver}): every event is decoded by {@link VpcLatticeSource}, and anything else
 * is refused with {@link dev.portico.api.UnsupportedEventException}. Handlers can ask for the typed
 * {@link VpcLatticeEvent}.
 *
 * <pre>{@code
 * static final VpcLatticeResolver APP = VpcLatticeResolver.builder()
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
public class VpcLatticeResolver extends Resolver {

    /**
     * Shares what a builder built; subclasses with a no-argument constructor make Lambda handlers.
     *
     * @param built the resolver {@link #builder()} made
     */
    protected VpcLatticeResolver(Resolver built) {
        super(built);
    }

    /** @return a builder whose resolver decodes every event as a version 1 VPC Lattice event */
    public static Resolver.TypedBuilder<VpcLatticeResolver> builder() {
        return Resolver.builder(new Wrap()).source(new VpcLatticeSource());
    }

    /**
     * Makes the resolver from the built one: a class, not {@code VpcLatticeResolver::new}, whose first use
     * would spin a class at run time (cold start).
     */
    private static final class Wrap implements java.util.function.Function<Resolver, VpcLatticeResolver> {
        @Override
        public VpcLatticeResolver apply(Resolver built) {
            return new VpcLatticeResolver(built);
        }
    }
}
