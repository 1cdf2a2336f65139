package dev.portico.feature.openapi;

import dev.portico.api.JsonCodec;

/**
 * What typed routes need from the application they run in, set on each typed route by the feature
 * when the application is built (so one router can serve applications with different settings).
 *
 * @param codec the application's JSON codec
 * @param responseStatus the status of response validation errors
 * @param defaultCodec whether the codec is Portico's default one (jackson-jr, no user mapper or
 *     codec), the only codec whose reading and writing of plain records the fast path of
 *     {@link dev.portico.feature.openapi.internal.CheckedRecord} reproduces
 */
record AppSettings(JsonCodec codec, int responseStatus, boolean defaultCodec) {
    AppSettings(JsonCodec codec, int responseStatus) {
        this(codec, responseStatus, codec != null && codec.isDefault());
    }
}
