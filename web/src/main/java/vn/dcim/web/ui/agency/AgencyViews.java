package vn.dcim.web.ui.agency;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.agency.Agency;
import vn.dcim.core.agency.EquipmentKind;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.maintenance.WorkOrder;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.agency.Held;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenView;

import java.util.List;
import java.util.Map;

/** What the agency screens show: one record per screen, read by its template under the components' names. */
final class AgencyViews {
    private AgencyViews() {
    }

    /** The register of hosted agencies; {@code refused} names the field a form was refused on. */
    @Introspected
    record Register(Navigation.Frame frame, List<Agency> agencies, boolean retired, String refused, boolean canChange)
            implements ScreenView {
    }

    /** One agency in the register: what it owns and the form that assigns it more. */
    @Introspected
    record AgencyPage(Navigation.Frame frame, Agency agency, List<Held> equipment, EquipmentKind[] kinds,
                      String refused, boolean canChange) implements ScreenView {
    }

    /** One power supply of the agency's equipment as its page shows it. */
    @Introspected
    record SupplyRow(String equipment, String port, @Nullable String outlet, @Nullable String pdu, int allocatedW,
                     @Nullable Long measuredW) {
    }

    /**
     * What an agency's equipment is doing: each device's current values, the open alarms, the work orders and the
     * power drawn outlet by outlet.
     */
    @Introspected
    record Activity(Map<String, List<LatestReading>> readings, List<AlarmView> alarms, List<WorkOrder> workOrders,
                    List<SupplyRow> power) implements ScreenView.Part {
    }

    /** An agency's own page, for its people. */
    @Introspected
    record OwnPage(Navigation.Frame frame, Agency agency, List<Held> equipment, Activity activity)
            implements ScreenView {
    }
}
