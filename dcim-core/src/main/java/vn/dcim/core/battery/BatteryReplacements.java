package vn.dcim.core.battery;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.maintenance.NewWorkOrder;
import vn.dcim.core.maintenance.WorkOrder;
import vn.dcim.core.maintenance.WorkOrderKind;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.core.maintenance.Worker;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Opens the battery replacement work order {@code order-ahead-days} before a UPS's replace-by day,
 * once per battery: the order's id is kept in the battery's register, and only a new install date
 * (a new battery) clears it. Already due (the UPS asks for new batteries, a self-test failed, the
 * runtime has fallen below the end of life) it is corrective, due today; ahead of time it is planned.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BatteryReplacements {
    /** Who opens the orders in the audit log: the product, on a supervisor's authority (Art. 16.1). */
    static final Worker PLANNER = new Worker("battery-health", null, true);
    private static final Logger LOG = LoggerFactory.getLogger(BatteryReplacements.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The order's title is stored text the crew reads: the centre's language, as the demo's orders are. */
    private static final Map<BatteryHealth.ReplaceReason, String> WHY = Map.of(
            BatteryHealth.ReplaceReason.replace_indicator, "UPS báo cần thay ắc quy",
            BatteryHealth.ReplaceReason.self_test, "tự kiểm tra ắc quy không đạt",
            BatteryHealth.ReplaceReason.runtime_trend, "thời gian lưu điện đo được khi mất điện giảm",
            BatteryHealth.ReplaceReason.vendor_life, "hết tuổi thọ nhà sản xuất");

    private final BatteryHealths healths;
    private final WorkOrders orders;
    private final BatterySettings settings;
    private final Clock clock;

    /** What a run did: orders opened, and UPSes due without a monitored device to name in an order. */
    public record Opened(int opened, int withoutDevice) {
    }

    public Opened open() {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(settings.getOrderAheadDays());
        int opened = 0;
        int without = 0;
        for (BatteryHealth h : healths.list()) {
            if (h.replaceBy() == null || h.replaceBy().isAfter(horizon) || h.replacementOrderId() != null) {
                continue;
            }
            if (h.deviceId() == null) {
                // an order names a device or a rack; a UPS nobody monitors has neither
                without++;
                LOG.warn("UPS {} (asset {}) is due for new batteries by {} but has no monitored device to open an order for",
                        h.ups(), h.assetId(), h.replaceBy());
                continue;
            }
            boolean due = !h.replaceBy().isAfter(today);
            LocalDate dueDate = due ? today : h.replaceBy();
            WorkOrder o = orders.create(new NewWorkOrder("Thay ắc quy " + h.ups() + " trước " + DAY.format(h.replaceBy())
                    + ": " + WHY.get(h.reason()), due ? WorkOrderKind.corrective : WorkOrderKind.planned, h.deviceId(), null,
                    dueDate, null), PLANNER);
            healths.orderOpened(h.assetId(), o.id(), PLANNER.name());
            opened++;
        }
        return new Opened(opened, without);
    }
}
