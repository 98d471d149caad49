package vn.dcim.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditEvent;
import vn.dcim.core.audit.AuditLog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything that happened to one change, oldest first, as the auditor reads it (QĐ 11/2023 Điều 23 khoản 3: who
 * allowed it, was it done as approved): the request, the decision, the crew's work order, each confirmed step with its
 * difference, the sign-off, and the registry's own record of the equipment while the change was open.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeThread {
    private static final int MAX = 1000;

    private final Changes changes;
    private final AuditLog audit;

    @Serdeable
    public record Entry(Instant at, String actor, String about, String action, @Nullable String before, @Nullable String after) {
    }

    public List<Entry> of(long changeId) {
        ChangeRequest c = changes.get(changeId);
        List<Entry> out = new ArrayList<>();
        add(out, Changes.ENTITY, String.valueOf(changeId), c, false);
        if (c.workOrderId() != null) {
            add(out, "work-order", String.valueOf(c.workOrderId()), c, false);
        }
        if (c.assetId() != null) {
            add(out, "asset", String.valueOf(c.assetId()), c, true);
        }
        out.sort(Comparator.comparing(Entry::at));
        return out;
    }

    private void add(List<Entry> out, String type, String id, ChangeRequest c, boolean whileOpen) {
        for (AuditEvent e : audit.browse(type, id, null, null, MAX, 0).events()) {
            if (whileOpen && (e.occurredAt().isBefore(c.createdAt()) || (c.closedAt() != null && e.occurredAt().isAfter(c.closedAt())))) {
                continue;
            }
            out.add(new Entry(e.occurredAt(), e.actor(), type, e.action(), e.beforeJson(), e.afterJson()));
        }
    }
}
