package vn.dcim.web.push;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.device.DiscoveredSource;
import vn.dcim.core.device.DiscoveredSources;

import java.time.Clock;
import java.util.List;

/** An unknown ZKTeco serial kept in the discovery inbox, to be registered there; dropped (logged) when the inbox is full. */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ZktecoInbox {
    private static final Logger LOG = LoggerFactory.getLogger(ZktecoInbox.class);

    private final DiscoveredSources discovered;
    private final Clock clock;

    void heard(String sn, String what, String payload, String address) {
        try {
            if (discovered.count(DiscoveredSource.State.unbound) >= discovered.settings().getMaxUnbound()
                    && discovered.bindings().get(DiscoveredSources.key(ZktecoPushes.ZKTECO, sn)) == null) {
                LOG.warn("Discovery inbox full: ZKTeco {} from {} not kept", sn, address);
                return;
            }
            discovered.heard(List.of(new DiscoveredSource.Heard(ZktecoPushes.ZKTECO, sn, clock.instant(), 1, what,
                    payload, "ZKTeco PUSH terminal from " + address + ": register its serial at /api/push-credentials")));
        } catch (RuntimeException e) {
            LOG.warn("Keeping ZKTeco {} in the discovery inbox failed: {}", sn, e.getMessage());
        }
    }
}
