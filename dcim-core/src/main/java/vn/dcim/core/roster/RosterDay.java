package vn.dcim.core.roster;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One of the center's days in the roster's week: its stretches, each a shift on duty or a gap nobody covers. */
@Introspected
public record RosterDay(LocalDate day, List<Stretch> stretches) {
    /** A part of the day: {@code shift} on duty from {@code from} to {@code to}, or a gap when {@code shift} is null. */
    @Introspected
    public record Stretch(Instant from, Instant to, @Nullable DutyShift shift) {
        public boolean gap() {
            return shift == null;
        }
    }
}
