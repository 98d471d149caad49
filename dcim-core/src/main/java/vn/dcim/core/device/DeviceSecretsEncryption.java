package vn.dcim.core.device;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.upgrade.BackgroundMigration;

import java.util.List;

/**
 * Completes V63 in the background: device secrets still stored in plain text (written before they were
 * encrypted) are encrypted in place by saving the device again through its converters, a batch of devices
 * at a time by id. Until it is done the readers take both shapes: the converter passes a plain value
 * through as it is and decrypts an {@code enc:v1:} one. Idempotent: an encrypted value is left as it is.
 * A plain value put into the table by hand afterwards is read the same way and encrypted when the device is
 * next saved.
 */
@Singleton
// not in a remote collector: it has no database
@Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeviceSecretsEncryption implements BackgroundMigration {
    private static final String PLAIN = "community NOT LIKE 'enc:v1:%' OR v3_auth_pass NOT LIKE 'enc:v1:%' "
            + "OR v3_priv_pass NOT LIKE 'enc:v1:%'";

    private final Jdbc jdbc;
    private final MonitoredDeviceRepository devices;

    @Override
    public String name() {
        return "device-secrets-encrypted";
    }

    @Override
    public String flywayVersion() {
        return "63";
    }

    @Override
    public long estimateRows() {
        return jdbc.list("count the devices", "SELECT COUNT(*) FROM monitored_device", rs -> rs.getLong(1)).get(0);
    }

    @Override
    public int batchSize() {
        // each plain device is read and written through the repository: a few milliseconds apiece
        return 100;
    }

    @Override
    public Batch run(String afterKey, int size) {
        List<String[]> batch = jdbc.list("list a batch of devices for their secrets",
                "SELECT id, (" + PLAIN + ") FROM monitored_device WHERE id > ? ORDER BY id LIMIT " + size,
                rs -> new String[]{rs.getString(1), rs.getBoolean(2) ? "plain" : null}, afterKey == null ? "" : afterKey);
        if (batch.isEmpty()) {
            return Batch.DONE;
        }
        for (String[] device : batch) {
            if (device[1] != null) {
                // read (a plain value passes through the converter as it is) and write back (encrypted)
                devices.findById(device[0]).map(devices::update);
            }
        }
        return new Batch(batch.get(batch.size() - 1)[0], batch.size());
    }
}
