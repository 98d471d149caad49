package vn.dcim.core.shift;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What the outgoing operator hands over (seed 003 Art. 12.1i, the operation log), as it stood when the
 * handover was opened: what is still open, what maintenance is running, and what happened during the shift.
 */
@Serdeable
public record HandoverSummary(List<HandoverItem> openAlarms, List<HandoverItem> openIncidents, List<HandoverItem> maintenance,
                              List<HandoverItem> workOrders, List<HandoverItem> events) {

    /** Every line, section by section: what the text search and the printed log read. */
    public int size() {
        return openAlarms.size() + openIncidents.size() + maintenance.size() + workOrders.size() + events.size();
    }
}
