package vn.dcim.core.personal;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.access.AccessEvent;
import vn.dcim.core.people.StaffMember;
import vn.dcim.core.people.Visit;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything the product holds of one person, as exported on their request: the access events, the visits, the
 * staff entry and the face pictures (described; their bytes go in the archive). {@code requestId} is the request
 * recorded for it, with who asked and why; {@code sites} the sites it was cut to (empty: everything held).
 */
public record SubjectRecords(long requestId, @Nullable String person, @Nullable String badge, Instant exportedAt,
                             List<AccessEvent> accessEvents, List<Visit> visits, List<StaffMember> staff, List<FacePicture> pictures,
                             String askedBy, @Nullable String reason, Set<String> sites) {
}
