package vn.dcim.core.device;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.db.Jdbc;

import java.util.List;

/**
 * At every start, after the migrations: device secrets still stored in plain text (written before
 * they were encrypted, or by hand) are encrypted in place by saving the device again through its
 * converters. Idempotent: an encrypted value is left as it is, and a start with nothing plain does one
 * small query.
 */
@Singleton
// not in a remote collector: it has no database
@io.micronaut.context.annotation.Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeviceSecretsUpgrade implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceSecretsUpgrade.class);
    private static final String PLAIN = "SELECT id FROM monitored_device WHERE community NOT LIKE 'enc:v1:%' "
            + "OR v3_auth_pass NOT LIKE 'enc:v1:%' OR v3_priv_pass NOT LIKE 'enc:v1:%'";

    private final Jdbc jdbc;
    private final MonitoredDeviceRepository devices;

    @Override
    public void onApplicationEvent(StartupEvent event) {
        int sealed = run();
        if (sealed > 0) {
            LOG.info("Encrypted the plain SNMP secrets of {} device(s) (Art. 30.7c)", sealed);
        }
    }

    /** Encrypts every plain secret; returns how many devices had one. */
    int run() {
        List<String> plain = jdbc.list("find plain device secrets", PLAIN, rs -> rs.getString(1));
        for (String id : plain) {
            // read (a plain value passes through the converter as it is) and write back (encrypted)
            jdbc.inTransaction(() -> devices.findById(id).map(devices::update).orElse(null));
        }
        return plain.size();
    }
}
