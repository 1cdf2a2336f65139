package dev.portico.feature.openapi;

import dev.portico.feature.openapi.annotations.Length;
import dev.portico.feature.openapi.annotations.Min;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A body with every supported kind of property.
 *
 * @param id a UUID
 * @param placed an instant
 * @param delivery a date, optional
 * @param total a decimal
 * @param status an enum
 * @param lines at least one line
 * @param tags string to number map
 * @param note an optional note
 */
public record Order(UUID id, Instant placed, Optional<LocalDate> delivery, BigDecimal total, Status status,
                    @Length(min = 1) List<Line> lines, Map<String, Integer> tags, Optional<String> note) {

    /** Order states. */
    public enum Status { NEW, PAID, SHIPPED }

    /**
     * A line.
     *
     * @param sku the item
     * @param qty how many, at least 1
     */
    public record Line(@Length(min = 3) String sku, @Min(1) int qty) {
    }
}
