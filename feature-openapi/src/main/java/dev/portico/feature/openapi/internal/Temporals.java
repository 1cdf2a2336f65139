package dev.portico.feature.openapi.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

/** Past and future checks of {@code java.time} values against the system clock. */
final class Temporals {

    private Temporals() {
    }

    static void check(Constraints.When when, Temporal t, List<Object> loc, List<Problem> problems) {
        int cmp;
        boolean date = false;
        if (t instanceof LocalDate d) {
            cmp = d.compareTo(LocalDate.now());
            date = true;
        } else if (t instanceof LocalDateTime d) {
            cmp = d.compareTo(LocalDateTime.now());
        } else if (t instanceof Instant i) {
            cmp = i.compareTo(Instant.now());
        } else if (t instanceof OffsetDateTime o) {
            cmp = o.toInstant().compareTo(Instant.now());
        } else if (t instanceof ZonedDateTime z) {
            cmp = z.toInstant().compareTo(Instant.now());
        } else {
            return;
        }
        boolean ok = switch (when) {
            case PAST -> cmp < 0;
            case PAST_OR_PRESENT -> cmp <= 0;
            case FUTURE -> cmp > 0;
            case FUTURE_OR_PRESENT -> cmp >= 0;
        };
        if (!ok) {
            boolean past = when == Constraints.When.PAST || when == Constraints.When.PAST_OR_PRESENT;
            boolean present = when == Constraints.When.PAST_OR_PRESENT || when == Constraints.When.FUTURE_OR_PRESENT;
            problems.add(Messages.notWhen(loc, date, past, present));
        }
    }
}
