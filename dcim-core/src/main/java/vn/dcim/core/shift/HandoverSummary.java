package vn.dcim.core.shift;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What the outgoing operator hands over (QĐ 11/2023 Art. 12.1i, the operation log), as it stood when the
 * handover was opened: what is still open, what maintenance is running, and what happened during the shift.
 */
@Serdeable
public record HandoverSummary(List<HandoverItem> openAlarms, List<HandoverItem> openIncidents, List<HandoverItem> maintenance,
                              List<HandoverItem> workOrders, List<HandoverItem> events) {

    /** A part with nothing in it is written as none (empty lists are left out of JSON) and read back empty. */
    public HandoverSummary {
        openAlarms = openAlarms == null ? List.of() : openAlarms;
        openIncidents = openIncidents == null ? List.of() : openIncidents;
        maintenance = maintenance == null ? List.of() : maintenance;
        workOrders = workOrders == null ? List.of() : workOrders;
        events = events == null ? List.of() : events;
    }

    /** Every line, section by section: what the text search and the printed log read. */
    public int size() {
        return openAlarms.size() + openIncidents.size() + maintenance.size() + workOrders.size() + events.size();
    }
}
