package vn.dcim.core.device;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.sql.Connection;
import java.util.List;

/** The refusal counts per device and reason (table {@code device_refusal}). */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeviceRefusals {
    private final MonitoredDeviceRepository devices;
    private final TransactionOperations<Connection> transactions;

    /** Adds these refusals (each with its own count) to the device's totals, together or not at all. */
    public void add(List<DeviceRefusal> refusals) {
        if (refusals.isEmpty()) {
            return;
        }
        transactions.executeWrite(status -> {
            for (DeviceRefusal r : refusals) {
                devices.addRefusals(r.deviceId(), r.reason(), r.refused(), r.firstTs(), r.lastTs(), r.lastMetric(), r.lastOid(),
                        r.lastDetail());
            }
            return null;
        });
    }

    /** The device's counts, the most frequent reason first. */
    public List<DeviceRefusal> ofDevice(String deviceId) {
        return devices.findRefusals(deviceId);
    }
}
