package vn.dcim.core.cabling;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.asset.AssetIds;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.asset.AssetSaved;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Equipment gets the ports of its device type as it is registered (or when its vendor and model are
 * corrected to a known type), in the same transaction, as NetBox does when a device is created. At every
 * start, equipment registered before that (or before its type shipped, or loaded by an older demo) gets
 * them too. Both are idempotent: equipment with ports is never touched, so a person's own ports stay as
 * they are; two nodes starting at once cannot both add them (a port's name is unique on its asset: the
 * second's transaction for that asset is refused and skipped).
 */
@Singleton
// not in a remote collector: it has no database
@Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PortsFromDeviceType implements ApplicationEventListener<StartupEvent> {
    static final String SYSTEM = "system";
    private static final Logger LOG = LoggerFactory.getLogger(PortsFromDeviceType.class);
    // a few hundred placeholders per statement keep each one small whatever the registry's size
    private static final int CHUNK = 500;

    private final Cabling cabling;
    private final AssetRepository assets;
    private final AssetIds assetIds;
    private final PortRepository ports;

    @EventListener
    void onSaved(AssetSaved saved) {
        cabling.ensurePorts(saved.asset(), saved.actor());
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        int given = run();
        if (given > 0) {
            LOG.info("Gave {} registered device(s) the ports of their device type", given);
        }
    }

    /** Gives every piece of equipment without ports the ports of its type; returns how many got some. */
    public int run() {
        List<Long> bare = withoutPorts(assetIds.ofKnownModel());
        int given = 0;
        for (long id : bare) {
            try {
                // ensurePorts is a transaction of its own, and does nothing to equipment that got ports meanwhile
                given += assets.findById(id).map(a -> cabling.ensurePorts(a, SYSTEM)).orElse(List.of()).isEmpty() ? 0 : 1;
            } catch (DataAccessException raced) {
                LOG.info("Ports of asset {} not added here: {}", id, raced.getMessage());
            }
        }
        return given;
    }

    /** Those of the equipment with no port at all, in their order. */
    private List<Long> withoutPorts(List<Long> equipment) {
        Set<Long> withPorts = new HashSet<>();
        for (int from = 0; from < equipment.size(); from += CHUNK) {
            List<Long> part = equipment.subList(from, Math.min(equipment.size(), from + CHUNK));
            withPorts.addAll(ports.assetsWithPorts(part));
        }
        return equipment.stream().filter(id -> !withPorts.contains(id)).toList();
    }
}
