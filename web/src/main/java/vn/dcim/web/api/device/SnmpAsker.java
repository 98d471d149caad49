package vn.dcim.web.api.device;

import jakarta.annotation.PreDestroy;
import vn.dcim.snmp.poll.PollerProfiles;
import vn.dcim.snmp.poll.SnmpClient;
import vn.dcim.snmp.poll.SnmpSettings;

/**
 * What asks SNMP agents while a person waits (the set-up screen's test, a range scanned): a client of its own, so
 * nothing it learns about an agent leaks into the real polling, with the poller's limits
 * (DCIM_SNMP_MAX_REQUESTS_PER_SECOND, rows a walk), and the profiles it matches answers against.
 */
abstract class SnmpAsker {
    protected final SnmpClient client;
    /** Asked at each use: a profile taught or copied in is offered and matched without a restart. */
    protected final PollerProfiles profiles;

    SnmpAsker(SnmpSettings settings, PollerProfiles profiles) {
        this.client = new SnmpClient(settings.getMaxRequestsPerSecond(), settings.getMaxRowsPerWalk());
        this.profiles = profiles;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
