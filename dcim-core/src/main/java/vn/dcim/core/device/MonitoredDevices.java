package vn.dcim.core.device;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Paged;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.SiteRepository;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The SNMP and MQTT endpoints the center monitors: set up, changed and removed by an operator, each
 * change audited and announced to the pollers and the syslog/trap sender lookup.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MonitoredDevices {
    private static final String ENTITY = "monitored-device";
    private final MonitoredDeviceRepository devices;
    private final SiteRepository sites;
    private final AssetRepository assets;
    private final AuditLog audit;
    // the change commits before it is announced, so the transaction is the method's part, not the whole method
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<MonitoredDeviceChanged> changes;

    public Optional<MonitoredDevice> find(String id) {
        return devices.findById(id);
    }

    public MonitoredDevice get(String id) {
        return devices.findById(id).orElseThrow(() -> new NotFoundException("device", id));
    }

    public boolean exists(String id) {
        return devices.existsById(id);
    }

    /** Every device, in the order the table keeps them (by id). */
    public List<MonitoredDevice> all() {
        return new ArrayList<>(devices.findAll());
    }

    public List<MonitoredDevice> ofSite(String siteId) {
        return devices.findBySiteId(siteId);
    }

    /** Every device's id, by id (a form's choices), read from the device's own column. */
    public List<String> ids() {
        return devices.findAllIds();
    }

    /** The ids of the devices of these sites (what an account limited to them may see), read from the device's own columns. */
    public List<String> idsAtSites(java.util.Collection<String> siteIds) {
        return siteIds.isEmpty() ? List.of() : devices.findIdBySiteIdInListOrderById(siteIds);
    }

    /** The endpoints of one piece of equipment. */
    /** The assets an enabled device watches (Art. 25.1: equipment in service is monitored). */
    public java.util.Set<Long> watchedAssets() {
        return new java.util.HashSet<>(devices.findWatchedAssetIds());
    }

    /** The enabled devices watching these assets, at some sites ({@code sites} null: every site; empty: none). */
    public List<MonitoredDevice> enabledOn(java.util.Collection<Long> assetIds, @Nullable java.util.Collection<String> sites) {
        if (assetIds.isEmpty() || (sites != null && sites.isEmpty())) {
            return List.of();
        }
        return sites == null ? devices.findByEnabledAndAssetIdInList(true, assetIds) : devices.findByEnabledAndAssetIdInListAndSiteIdInList(true, assetIds, sites);
    }

    /**
     * Where these devices stand: the asset each watches, or for a device watching none the room it was placed in.
     * An unknown device is left out.
     */
    public java.util.Map<String, Whereabouts> whereabouts(java.util.Collection<String> deviceIds) {
        java.util.Map<String, Whereabouts> found = new java.util.HashMap<>();
        if (!deviceIds.isEmpty()) {
            devices.findWhereabouts(deviceIds).forEach(p -> found.put(p.id(), new Whereabouts(p.assetId(), p.placedInRoom())));
        }
        return found;
    }

    /** A device's asset, or (watching none) the room it was placed in; both may be null. */
    public record Whereabouts(@Nullable Long assetId, @Nullable Long placedInRoom) {
    }

    /** A device's whereabouts as read, by its id. */
    @Introspected
    record Placed(String id, @Nullable Long assetId, @Nullable Long placedInRoom) {
    }

    /** The ids of the devices at these sites. */
    public java.util.Set<String> idsAt(java.util.Collection<String> sites) {
        if (sites.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(devices.findIdBySiteIdInListOrderById(sites));
    }

    public List<MonitoredDevice> ofAsset(long assetId) {
        return devices.findByAssetId(assetId);
    }

    public List<MonitoredDevice> enabled(Protocol protocol) {
        return devices.findByProtocolAndEnabled(protocol, true);
    }

    /** A page of the devices by site and id, of one site and protocol where given, filtered and cut in SQL. */
    public Paged<MonitoredDevice> find(@Nullable String siteId, @Nullable Protocol protocol, int limit, int offset) {
        String p = protocol == null ? null : protocol.name();
        return new Paged<>(devices.countSearch(siteId, p), devices.search(siteId, p, Paged.limit(limit), Paged.offset(offset)));
    }

    /**
     * As {@link #find}, narrowed to an account's scope in SQL: to {@code atSites} (empty: any site) and, when
     * {@code among} is not null, to those devices (an agency's, each at an admitted site).
     */
    public Paged<MonitoredDevice> findWithin(@Nullable String siteId, @Nullable Protocol protocol, java.util.Set<String> atSites,
                                             @Nullable java.util.Set<String> among, int limit, int offset) {
        String p = protocol == null ? null : protocol.name();
        if (among != null) {
            // the agency's devices are already those at its admitted sites
            return among.isEmpty() ? new Paged<>(0, List.of())
                    : new Paged<>(devices.countAmong(siteId, p, among), devices.searchAmong(siteId, p, among, Paged.limit(limit), Paged.offset(offset)));
        }
        if (atSites.isEmpty()) {
            return find(siteId, protocol, limit, offset);
        }
        return new Paged<>(devices.countAtSites(siteId, p, atSites), devices.searchAtSites(siteId, p, atSites, Paged.limit(limit), Paged.offset(offset)));
    }

    /**
     * Stores a new device of that id, built only once the id is known to be free (a taken id answers 409
     * before the body's own refusals); {@code checkMore} refuses what core cannot judge (a profile only
     * the poller knows), after the site and asset are found.
     */
    public MonitoredDevice create(String id, Supplier<MonitoredDevice> build, Consumer<MonitoredDevice> checkMore, String actor) {
        MonitoredDevice saved = transactions.executeWrite(status -> {
            if (devices.existsById(id)) {
                throw new ConflictException("id", "a device " + id + " exists already").explained("error.device.exists", id);
            }
            MonitoredDevice created = devices.save(checked(build.get(), checkMore));
            audit.record(actor, ENTITY, created.id(), "create", null, DeviceView.of(created));
            return created;
        });
        announce(saved.id());
        return saved;
    }

    /** Changes a device; the id stays (readings and alarms are kept under it). */
    public MonitoredDevice update(String id, UnaryOperator<MonitoredDevice> change, Consumer<MonitoredDevice> checkMore, String actor) {
        MonitoredDevice saved = transactions.executeWrite(status -> {
            MonitoredDevice stored = get(id);
            MonitoredDevice after = devices.update(checked(change.apply(stored), checkMore));
            audit.record(actor, ENTITY, id, "update", DeviceView.of(stored), DeviceView.of(after));
            return after;
        });
        announce(id);
        return saved;
    }

    /** Its readings stay (Art. 30.7a: kept six months); it is no longer polled. */
    public void delete(String id, String actor) {
        transactions.executeWrite(status -> {
            DeviceView before = DeviceView.of(get(id));
            devices.deleteById(id);
            audit.record(actor, ENTITY, id, "delete", before, null);
            return null;
        });
        announce(id);
    }

    /** After the commit, so that a poller reloading the device reads what was stored. */
    private void announce(String id) {
        changes.publishEvent(new MonitoredDeviceChanged(id));
    }

    /** The parents exist: refused by field, not by the database. */
    private MonitoredDevice checked(MonitoredDevice d, Consumer<MonitoredDevice> checkMore) {
        if (!sites.existsById(d.siteId())) {
            throw new InvalidInputException("siteId", "no site " + d.siteId()).explained("error.site.unknown", d.siteId());
        }
        if (d.assetId() != null && !assets.existsById(d.assetId())) {
            throw new InvalidInputException("assetId", "no asset " + d.assetId()).explained("error.asset.unknown", d.assetId());
        }
        checkMore.accept(d);
        return d;
    }
}
