/**
 * The code of Portico's user guide ({@code docs/guide}): every Java snippet of the guide is a tagged
 * region of a file in this module, compiled and tested here.
 */
module dev.portico.examples.guide {
    // Transitive because the exported classes show these modules' types in their signatures; a
    // function that exports nothing needs plain "requires".
    requires transitive dev.portico.core;
    requires transitive dev.portico.source.apigw.rest;
    requires transitive dev.portico.source.apigw.http;
    requires transitive dev.portico.source.alb;
    requires transitive dev.portico.source.function.url;
    requires transitive dev.portico.source.vpc.lattice;
    requires transitive dev.portico.feature.cors;
    requires transitive dev.portico.feature.compress;
    requires transitive dev.portico.feature.openapi;
    // Bean Validation's constraint annotations, read by typed routes (SignupApi).
    requires static jakarta.validation;

    // Typed routes (OpenApi.routes) call public methods of public classes in exported packages.
    exports dev.portico.examples.guide;
    // Jackson reads request bodies into the guide's records.
    opens dev.portico.examples.guide to com.fasterxml.jackson.databind;
}
