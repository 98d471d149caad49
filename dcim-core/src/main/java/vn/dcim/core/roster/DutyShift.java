package vn.dcim.core.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One on-duty shift of the roster (Art. 36.3): who is on duty from when to when, and for which centre: a shift of
 * a centre covers that centre's sites, a shift of no centre ({@code centreId} null) every site of the province.
 */
@Serdeable
public record DutyShift(long id, Instant startsAt, Instant endsAt, String operator, @Nullable String note, String createdBy,
                        Instant createdAt, @Nullable Long centreId) {
}
