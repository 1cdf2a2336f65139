package dev.portico.feature.openapi;

import dev.portico.api.JsonCodec;

/**
 * What typed routes need from the application they run in, set on each typed route by the feature
 * when the application is built (so one router can serve applications with different settings).
 *
 * @param codec the application's JSON codec
 * @param responseStatus the status of response validation errors
 */
record AppSettings(JsonCodec codec, int responseStatus) {
}
