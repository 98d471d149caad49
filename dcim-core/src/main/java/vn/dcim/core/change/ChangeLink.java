package vn.dcim.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One connection a change makes (install, move, connect) or takes away (disconnect, remove): the equipment's port by its
 * name ("PSU1", "NIC1") and kind ({@code power_port} or {@code interface}), and the far port (a PDU outlet, a panel port).
 */
@Serdeable
@MappedEntity("change_link")
public record ChangeLink(@Id @GeneratedValue @Nullable Long id, long changeId, String portName, String portKind, long farPortId) {

    public boolean power() {
        return "power_port".equals(portKind);
    }
}
