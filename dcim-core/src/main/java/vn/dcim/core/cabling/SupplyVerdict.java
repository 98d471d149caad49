package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.power.PowerImpact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one failure of the power chain does to one device, judged from the chain elements its supplies
 * end on (their PDUs) and the outage simulation's impacts: every supply lost is {@code dark}; no
 * supply left on the grid or the generator but one held by a UPS in its chain is {@code on_battery}
 * (for the longest runtime a UPS reports, null when none reports one); at least one supply still on
 * the grid while another is lost or on battery is {@code one_feed}; else {@code unaffected}.
 *
 * @param lost    the indexes of the supplies lost
 * @param battery the indexes of the supplies held by a UPS battery
 * @param kept    the indexes of the supplies still on the grid or generator
 */
public record SupplyVerdict(PowerConnections.Outcome outcome, @Nullable Double batteryMinutes,
                            List<Integer> lost, List<Integer> battery, List<Integer> kept) {

    /**
     * @param supplyNodes per supply, the chain element its PDU is (null: a PDU not on the chain, which
     *                    only its own failure can take down, and that is not this failure)
     * @param impacts     what the simulation says the failure does to each element
     */
    public static SupplyVerdict of(List<Long> supplyNodes, List<PowerImpact> impacts) {
        Set<Long> down = new HashSet<>();
        Map<Long, Double> onBattery = new HashMap<>();
        Set<Long> batteryUnknown = new HashSet<>();
        for (PowerImpact i : impacts) {
            switch (i.effect()) {
                case failed, loses_power -> down.add(i.node().id());
                case on_battery -> {
                    if (i.batteryMinutes() == null) {
                        batteryUnknown.add(i.node().id());
                    } else {
                        onBattery.put(i.node().id(), i.batteryMinutes());
                    }
                }
                default -> {
                }
            }
        }
        List<Integer> lost = new ArrayList<>();
        List<Integer> battery = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        Double minutes = null;
        for (int i = 0; i < supplyNodes.size(); i++) {
            Long node = supplyNodes.get(i);
            if (node != null && down.contains(node)) {
                lost.add(i);
            } else if (node != null && (onBattery.containsKey(node) || batteryUnknown.contains(node))) {
                battery.add(i);
                Double m = onBattery.get(node);
                if (m != null && (minutes == null || m > minutes)) {
                    minutes = m;
                }
            } else {
                kept.add(i);
            }
        }
        PowerConnections.Outcome outcome;
        if (!kept.isEmpty()) {
            outcome = lost.isEmpty() && battery.isEmpty() ? PowerConnections.Outcome.unaffected : PowerConnections.Outcome.one_feed;
        } else {
            outcome = battery.isEmpty() ? PowerConnections.Outcome.dark : PowerConnections.Outcome.on_battery;
        }
        return new SupplyVerdict(outcome, outcome == PowerConnections.Outcome.on_battery ? minutes : null, lost, battery, kept);
    }
}
