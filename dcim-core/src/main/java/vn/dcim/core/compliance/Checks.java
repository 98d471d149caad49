package vn.dcim.core.compliance;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static vn.dcim.core.compliance.Said.said;

/**
 * The requirements the product can judge from its own data, one small class per catalogue check key.
 * Each answers not_enough_data when its register is empty: an empty register never reads compliant.
 */
final class Checks {
    private Checks() {
    }

    static String list(List<String> names) {
        // no words of any language: the list is an argument of a sentence told in the reader's language
        return names.size() <= 8 ? String.join(", ", names) : String.join(", ", names.subList(0, 8)) + ", … (+" + (names.size() - 8) + ")";
    }

    /** A yes/no in no language. */
    static String mark(boolean b) {
        return b ? "✓" : "✗";
    }

    static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    /** Art. 6.1: only working equipment in the server rooms (no faulty or awaiting-disposal asset placed in a room or rack). */
    @Singleton
    static class EquipmentInOperation implements ComplianceCheck {
        private final Jdbc jdbc;

        EquipmentInOperation(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String key() {
            return "equipment-in-operation";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            List<String[]> placed = jdbc.list("read placed assets", "SELECT id, name, status FROM asset "
                    + "WHERE (room_id IS NOT NULL OR rack_id IS NOT NULL) AND status <> 'disposed'",
                    rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)});
            if (placed.isEmpty()) {
                return Judgement.noData(said("compliance.s.equipment-in-operation.none", "no asset is placed in a room or rack"), Evidence.link("compliance.ev.assets", "assets", "/ui/assets"));
            }
            List<String[]> wrong = placed.stream().filter(a -> a[2].equals("faulty") || a[2].equals("awaiting_disposal")).toList();
            List<Evidence> evidence = new ArrayList<>(wrong.stream().limit(10).map(a -> Evidence.link("compliance.ev.asset-status", "{0} ({1})", "/ui/assets/" + a[0], a[1], "enum.asset-status." + a[2])).toList());
            evidence.add(Evidence.link("compliance.ev.assets", "assets", "/ui/assets"));
            return Judgement.of(wrong.isEmpty(), wrong.isEmpty() ? said("compliance.s.equipment-in-operation.ok", "{0} placed asset(s), none faulty or awaiting disposal", placed.size())
                    : said("compliance.s.equipment-in-operation.bad", "{0} faulty or awaiting-disposal asset(s) still in the server rooms: {1}",
                    wrong.size(), list(wrong.stream().map(a -> a[1]).toList())), evidence);
        }
    }

    /** Art. 7.1: every piece of equipment in service is named and carries its asset label. */
    @Singleton
    static class EquipmentLabelled implements ComplianceCheck {
        private final Jdbc jdbc;

        EquipmentLabelled(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String key() {
            return "equipment-labelled";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            List<String[]> assets = jdbc.list("read assets", "SELECT id, name, label_code FROM asset WHERE status IN ('in_service', 'under_repair', 'faulty')",
                    rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)});
            if (assets.isEmpty()) {
                return Judgement.noData(said("compliance.s.equipment-labelled.none", "no equipment registered"), Evidence.link("compliance.ev.assets", "assets", "/ui/assets"));
            }
            List<String[]> unlabelled = assets.stream().filter(a -> a[1] == null || a[1].isBlank() || a[2] == null || a[2].isBlank()).toList();
            List<Evidence> evidence = new ArrayList<>(unlabelled.stream().limit(10).map(a -> Evidence.of(a[1], "/ui/assets/" + a[0])).toList());
            evidence.add(Evidence.link("compliance.ev.assets", "assets", "/ui/assets"));
            return Judgement.of(unlabelled.isEmpty(), unlabelled.isEmpty() ? said("compliance.s.equipment-labelled.ok", "{0} asset(s), all named and labelled", assets.size())
                    : said("compliance.s.equipment-labelled.bad", "{0} of {1} asset(s) without a label: {2}", unlabelled.size(), assets.size(),
                    list(unlabelled.stream().map(a -> a[1]).toList())), evidence);
        }
    }

    /**
     * Art. 6.4: at least two stable sources (grid feeds and generators of the power chain) with a UPS and a
     * generator, each source healthy (no open alarm on its device).
     */
    @Singleton
    static class PowerSources implements ComplianceCheck {
        private final Jdbc jdbc;

        PowerSources(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String key() {
            return "power-sources";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            record Node(String kind, String name, String device, boolean alarmed) {
            }
            List<Node> nodes = jdbc.list("read the power chain", "SELECT n.kind, n.name, n.device_id, "
                    + "EXISTS (SELECT 1 FROM alarm a WHERE a.source = n.device_id AND a.cleared_at IS NULL) FROM power_node n "
                    + "WHERE n.kind IN ('feed', 'generator', 'ups')", rs -> new Node(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
            Evidence chain = Evidence.link("compliance.ev.power-chain", "power chain", "/#power-chain");
            if (nodes.isEmpty()) {
                return Judgement.noData(said("compliance.s.power-sources.none", "no power chain recorded (feeds, UPS, generator)"), chain);
            }
            long sources = nodes.stream().filter(n -> !n.kind().equals("ups") && !n.alarmed()).count();
            long ups = nodes.stream().filter(n -> n.kind().equals("ups") && !n.alarmed()).count();
            long gen = nodes.stream().filter(n -> n.kind().equals("generator") && !n.alarmed()).count();
            List<String> alarmed = nodes.stream().filter(Node::alarmed).map(Node::name).toList();
            return Judgement.of(sources >= 2 && ups >= 1 && gen >= 1, alarmed.isEmpty() ? said("compliance.s.power-sources.count", "{0} healthy source(s) (grid feeds and generators), {1} healthy UPS, {2} healthy generator(s)",
                    sources, ups, gen) : said("compliance.s.power-sources.alarmed", "{0} healthy source(s) (grid feeds and generators), {1} healthy UPS, "
                    + "{2} healthy generator(s); open alarms on {3}", sources, ups, gen, list(alarmed)),
                    chain, Evidence.link("compliance.ev.open-alarms", "open alarms", "/ui/alarms"));
        }
    }

    /** Art. 6.2: room temperature and humidity within the profile's range on every sensor that reports. */
    @Singleton
    static class RoomEnvironment implements ComplianceCheck {
        private final LatestReadings latest;

        RoomEnvironment(LatestReadings latest) {
            this.latest = latest;
        }

        @Override
        public String key() {
            return "room-environment";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            List<LatestReading> fresh = new ArrayList<>();
            List<String> out = new ArrayList<>();
            check(now, latest.ofMetric("env.temperature"), profile.number("temperature-min-c"), profile.number("temperature-max-c"), "°C", fresh, out);
            check(now, latest.ofMetric("env.humidity"), profile.number("humidity-min-pct"), profile.number("humidity-max-pct"), "%RH", fresh, out);
            if (fresh.isEmpty()) {
                return Judgement.noData(said("compliance.s.room-environment.none", "no temperature or humidity sensor reported in the last hour"), Evidence.link("compliance.ev.devices", "devices", "/ui/devices"));
            }
            List<Evidence> evidence = fresh.stream().map(r -> r.deviceId()).distinct().limit(10)
                    .map(d -> Evidence.of(d, "/ui/devices/" + d)).toList();
            return Judgement.of(out.isEmpty(), out.isEmpty() ? said("compliance.s.room-environment.ok", "{0} reading(s) within {1}–{2} °C and {3}–{4} %RH", fresh.size(),
                    profile.number("temperature-min-c"), profile.number("temperature-max-c"), profile.number("humidity-min-pct"), profile.number("humidity-max-pct"))
                    : said("compliance.s.room-environment.bad", "out of range: {0}", list(out)), evidence);
        }

        private static void check(Instant now, List<LatestReading> readings, double min, double max, String unit, List<LatestReading> fresh, List<String> out) {
            for (LatestReading r : readings) {
                if (r.value() == null || Duration.between(r.time(), now).toMinutes() > 60) {
                    continue;
                }
                fresh.add(r);
                if (r.value() < min || r.value() > max) {
                    out.add(r.deviceId() + " " + r.value() + " " + unit);
                }
            }
        }
    }

    /** Art. 6.5: cameras record 24/7 and keep footage at least the profile's days (30 in Bắc Kạn). */
    @Singleton
    static class CameraRetention implements ComplianceCheck {
        private final LatestReadings latest;

        CameraRetention(LatestReadings latest) {
            this.latest = latest;
        }

        @Override
        public String key() {
            return "camera-retention";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            int days = profile.whole("camera-retention-days");
            List<LatestReading> cams = latest.ofMetric("camera.retention.days");
            if (cams.isEmpty()) {
                return Judgement.noData(said("compliance.s.camera-retention.none", "no camera/NVR reports its retention yet"), Evidence.link("compliance.ev.devices", "devices", "/ui/devices"));
            }
            List<String> bad = new ArrayList<>();
            for (LatestReading r : cams) {
                if (Duration.between(r.time(), now).toHours() > 24) {
                    bad.add(r.deviceId() + " ⏸ " + r.time());
                } else if (r.value() == null || r.value() < days) {
                    bad.add(r.deviceId() + " " + r.value() + " < " + days);
                }
            }
            latest.ofMetric("camera.recording").stream().filter(r -> r.value() != null && r.value() == 0)
                    .forEach(r -> bad.add(r.deviceId() + " ⏹"));
            List<Evidence> evidence = cams.stream().limit(10).map(r -> Evidence.of(r.deviceId(), "/ui/devices/" + r.deviceId())).toList();
            return Judgement.of(bad.isEmpty(), bad.isEmpty() ? said("compliance.s.camera-retention.ok", "{0} camera(s)/NVR(s) record and keep ≥ {1} days", cams.size(), days)
                    : said("compliance.s.camera-retention.bad", "below {0} days, silent (⏸ since) or not recording (⏹): {1}", days, list(bad)), evidence);
        }
    }

    /** Art. 6.6: the access-control system is up 24/7 and its log complete (every door controller heard within 15 minutes). */
    @Singleton
    static class AccessControlLog implements ComplianceCheck {
        private final Jdbc jdbc;

        AccessControlLog(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String key() {
            return "access-control-log";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            List<Object[]> doors = jdbc.list("read door controllers", "SELECT d.id, GREATEST(COALESCE((SELECT MAX(received_ts) FROM access_event e "
                    + "WHERE e.device_id = d.id), '1970-01-01 00:00:01'), COALESCE((SELECT MAX(ts) FROM latest_reading r WHERE r.device_id = d.id), "
                    + "'1970-01-01 00:00:01')) FROM monitored_device d JOIN asset a ON a.id = d.asset_id WHERE d.enabled AND a.kind = 'door_controller'",
                    rs -> new Object[]{rs.getString(1), rs.getTimestamp(2).toInstant()});
            Evidence log = Evidence.link("compliance.ev.access-log", "access log", "/ui/access-log");
            if (doors.isEmpty()) {
                return Judgement.noData(said("compliance.s.access-control-log.none", "no door controller is monitored"), log);
            }
            List<String> silent = doors.stream().filter(d -> Duration.between((Instant) d[1], now).toMinutes() > 15)
                    .map(d -> d[0] + " ⏸ " + d[1]).toList();
            return Judgement.of(silent.isEmpty(), silent.isEmpty() ? said("compliance.s.access-control-log.ok", "{0} door controller(s) heard within 15 minutes", doors.size())
                    : said("compliance.s.access-control-log.bad", "gap in the access log (⏸ silent since): {0}", list(silent)), log);
        }
    }

    /** Art. 8.1đ: Internet from at least two different providers, both up (so the load can be shared). */
    @Singleton
    static class TwoIsps implements ComplianceCheck {
        private final Jdbc jdbc;

        TwoIsps(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String key() {
            return "two-isps";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            int min = profile.whole("isp-providers-min");
            List<Object[]> links = jdbc.list("read ISP links", "SELECT l.id, LOWER(l.provider), (SELECT c.up FROM isp_link_check c WHERE c.link_id = l.id "
                    + "AND c.ts >= ? ORDER BY c.ts DESC LIMIT 1) FROM isp_link l", rs -> new Object[]{rs.getLong(1), rs.getString(2), rs.getObject(3)},
                    ts(now.minus(Duration.ofMinutes(5))));
            Evidence evidence = Evidence.link("compliance.ev.isp-links", "ISP links", "/ui/isp-links");
            if (links.isEmpty()) {
                return Judgement.noData(said("compliance.s.two-isps.none", "no ISP link registered"), evidence);
            }
            long providers = links.stream().map(l -> l[1]).distinct().count();
            long up = links.stream().filter(l -> l[2] != null && (Boolean.TRUE.equals(l[2]) || Integer.valueOf(1).equals(l[2]))).map(l -> l[1]).distinct().count();
            if (links.stream().allMatch(l -> l[2] == null)) {
                return Judgement.noData(said("compliance.s.two-isps.unprobed", "{0} provider(s) registered, none probed in the last 5 minutes", providers), evidence);
            }
            if (providers < min || up < min) {
                return Judgement.nonCompliant(said("compliance.s.two-isps.count", "{0} provider(s) registered, {1} up in the last 5 minutes", providers, up), evidence);
            }
            // Art. 8.1đ asks for load sharing too: links that answer probes are not links that carry traffic, and the
            // product keeps no traffic (interface octet) readings of the uplinks, so it cannot show the sharing
            return Judgement.noData(said("compliance.s.two-isps.no-traffic", "{0} provider(s) registered, {1} up in the last 5 minutes; "
                    + "load sharing cannot be shown: the product keeps no traffic readings of the links", providers, up), evidence);
        }
    }

    /** Art. 10.1: the software list holds, for every entry, the nine fields the article names. */
    @Singleton
    static class SoftwareListComplete implements ComplianceCheck {
        private final Jdbc jdbc;

        SoftwareListComplete(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String key() {
            return "software-list-complete";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            List<String[]> sw = jdbc.list("read software assets", "SELECT id, name, CASE WHEN asset_value IS NULL OR licence_information IS NULL "
                    + "OR licence_information = '' OR purpose = '' OR scope_of_use = '' OR managing_body = '' OR version = '' OR storage_location = '' "
                    + "THEN 1 ELSE 0 END FROM software_asset", rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)});
            Evidence all = Evidence.link("compliance.ev.software-assets", "software assets", "/ui/licences");
            if (sw.isEmpty()) {
                return Judgement.noData(said("compliance.s.software.empty", "the software list is empty"), all);
            }
            List<String[]> incomplete = sw.stream().filter(s -> s[2].equals("1")).toList();
            List<Evidence> evidence = new ArrayList<>(incomplete.stream().limit(10).map(s -> Evidence.of(s[1], "/ui/licences#licence-" + s[0])).toList());
            evidence.add(all);
            return Judgement.of(incomplete.isEmpty(), incomplete.isEmpty() ? said("compliance.s.software-list-complete.ok", "{0} software asset(s), all nine fields filled", sw.size())
                    : said("compliance.s.software-list-complete.bad", "{0} incomplete: {1}", incomplete.size(), list(incomplete.stream().map(s -> s[1]).toList())), evidence);
        }
    }

    /** Art. 10.3 and 21.1e: software is licensed, and no licence has run out. */
    @Singleton
    static class SoftwareLicensed implements ComplianceCheck {
        private final Jdbc jdbc;
        private final String key;
        private final boolean expiryOnly;

        @jakarta.inject.Inject
        SoftwareLicensed(Jdbc jdbc) {
            this(jdbc, "software-licensed", false);
        }

        SoftwareLicensed(Jdbc jdbc, String key, boolean expiryOnly) {
            this.jdbc = jdbc;
            this.key = key;
            this.expiryOnly = expiryOnly;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            List<String[]> sw = jdbc.list("read software licences", "SELECT id, name, licence_kind, licence_expiry, licence_information FROM software_asset",
                    rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
            Evidence all = Evidence.link("compliance.ev.software-assets", "software assets", "/ui/licences");
            if (sw.isEmpty()) {
                return Judgement.noData(said("compliance.s.software.empty", "the software list is empty"), all);
            }
            List<String[]> bad = sw.stream().filter(s -> (s[3] != null && LocalDate.parse(s[3]).isBefore(today))
                    || (!expiryOnly && (s[4] == null || s[4].isBlank()))).toList();
            List<Evidence> evidence = new ArrayList<>(bad.stream().limit(10).map(s -> Evidence.of(s[1], "/ui/licences#licence-" + s[0])).toList());
            evidence.add(all);
            return Judgement.of(bad.isEmpty(), bad.isEmpty() ? said("compliance.s.software-licensed.ok", "{0} software asset(s) licensed, none expired", sw.size())
                    : expiryOnly ? said("compliance.s.software-licensed.expired", "{0} licence(s) expired: {1}", bad.size(), list(bad.stream().map(s -> s[1]).toList()))
                    : said("compliance.s.software-licensed.bad", "{0} without a valid licence: {1}", bad.size(), list(bad.stream().map(s -> s[1]).toList())), evidence);
        }
    }

    @Singleton
    static class LicenceExpiryManaged extends SoftwareLicensed {
        LicenceExpiryManaged(Jdbc jdbc) {
            super(jdbc, "licence-expiry-managed", true);
        }
    }

    /**
     * Backups (Art. 11.3, 11.4, seed 000 Art. 8.1): the product's own database backup (backup_run) and the
     * register of the center's datasets (backup_copy). One class, three questions.
     */
    abstract static class Backups implements ComplianceCheck {
        final Jdbc jdbc;

        Backups(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        record Run(long id, Instant at, boolean ok, boolean sameDevice, boolean restoreVerified, boolean checksums) {
        }

        List<Run> runs() {
            return jdbc.list("read backup runs", "SELECT id, taken_at, ok, same_device, restore_verified, checksums_verified FROM backup_run ORDER BY id DESC LIMIT 50",
                    rs -> new Run(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6)));
        }

        static Evidence runLink() {
            return Evidence.link("compliance.ev.backup-runs", "backup runs", "/ui/compliance/records/backups");
        }
    }

    @Singleton
    static class BackupVerified extends Backups {
        BackupVerified(Jdbc jdbc) {
            super(jdbc);
        }

        @Override
        public String key() {
            return "backup-verified";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            List<Run> runs = runs();
            if (runs.isEmpty()) {
                return Judgement.noData(said("compliance.s.backup.none", "no backup run yet"), runLink());
            }
            Run last = runs.get(0);
            boolean verified = last.ok() && last.checksums() && last.restoreVerified();
            return Judgement.of(verified, verified ? said("compliance.s.backup-verified.ok", "last backup {0} verified (checksums and restore)", last.at())
                    : said("compliance.s.backup-verified.bad", "last backup {0} not verified: ok={1}, checksums={2}, restore={3}", last.at(),
                    mark(last.ok()), mark(last.checksums()), mark(last.restoreVerified())),
                    Evidence.link("compliance.ev.backup-run", "backup run #{0}", "/ui/compliance/records/backups", last.id()));
        }
    }

    @Singleton
    static class BackupMonthly extends Backups {
        BackupMonthly(Jdbc jdbc) {
            super(jdbc);
        }

        @Override
        public String key() {
            return "backup-monthly";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            int maxDays = profile.whole("backup-max-age-days");
            Run last = runs().stream().filter(Run::ok).findFirst().orElse(null);
            if (last == null) {
                return Judgement.noData(said("compliance.s.backup.none-ok", "no successful backup of the DCIM database yet"), runLink());
            }
            long days = Duration.between(last.at(), now).toDays();
            return Judgement.of(days <= maxDays, said("compliance.s.backup-monthly.age", "last successful backup {0} day(s) ago (at most {1})", days, maxDays),
                    Evidence.link("compliance.ev.backup-run", "backup run #{0}", "/ui/compliance/records/backups", last.id()));
        }
    }

    /** Art. 13.2 and seed 000 Art. 9.1: every incident carries its operational level, and security incidents their security level. */
    @Singleton
    static class IncidentsClassified implements ComplianceCheck {
        private final Jdbc jdbc;
        private final String key;
        private final String column;

        @jakarta.inject.Inject
        IncidentsClassified(Jdbc jdbc) {
            this(jdbc, "incidents-classified", "level");
        }

        IncidentsClassified(Jdbc jdbc, String key, String column) {
            this.jdbc = jdbc;
            this.key = key;
            this.column = column;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            List<String> ids = jdbc.list("read incidents", "SELECT id, " + column + " FROM incident WHERE opened_at >= ?",
                    rs -> rs.getString(2) == null || rs.getString(2).isBlank() ? rs.getString(1) : "", ts(now.minus(Duration.ofDays(365))));
            Evidence all = Evidence.link("compliance.ev.incidents", "incidents", "/ui/incidents");
            if (ids.isEmpty()) {
                return Judgement.noData(said("compliance.s.incidents-classified.none", "no incident in the last 12 months"), all);
            }
            List<String> unclassified = ids.stream().filter(s -> !s.isEmpty()).toList();
            List<Evidence> evidence = new ArrayList<>(unclassified.stream().limit(10).map(i -> Evidence.link("compliance.ev.incident", "incident #{0}", "/ui/incidents/" + i, i)).toList());
            evidence.add(all);
            return Judgement.of(unclassified.isEmpty(), unclassified.isEmpty() ? said("compliance.s.incidents-classified.ok", "{0} incident(s) in 12 months, all classified", ids.size())
                    : said("compliance.s.incidents-classified.bad-" + column, "{0} incident(s) without a " + column.replace('_', ' '), unclassified.size()), evidence);
        }
    }

    @Singleton
    static class SecurityIncidentsClassified extends IncidentsClassified {
        SecurityIncidentsClassified(Jdbc jdbc) {
            super(jdbc, "security-incidents-classified", "security_level");
        }
    }

    /** Art. 13.3c: every closed incident has a journal (how it developed and how it was remedied). */
    @Singleton
    static class IncidentsJournaled implements ComplianceCheck {
        private final Jdbc jdbc;

        IncidentsJournaled(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String key() {
            return "incidents-journaled";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            List<String[]> closed = jdbc.list("read closed incidents", "SELECT i.id, (SELECT COUNT(*) FROM incident_journal j WHERE j.incident_id = i.id), "
                    + "COALESCE(i.resolution, '') FROM incident i WHERE i.status = 'closed' AND i.closed_at >= ?",
                    rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}, ts(now.minus(Duration.ofDays(365))));
            Evidence all = Evidence.link("compliance.ev.incidents", "incidents", "/ui/incidents");
            if (closed.isEmpty()) {
                return Judgement.noData(said("compliance.s.incidents-journaled.none", "no incident closed in the last 12 months"), all);
            }
            List<String[]> bare = closed.stream().filter(c -> c[1].equals("0") || c[2].isBlank()).toList();
            List<Evidence> evidence = new ArrayList<>(bare.stream().limit(10).map(c -> Evidence.link("compliance.ev.incident", "incident #{0}", "/ui/incidents/" + c[0], c[0])).toList());
            evidence.add(all);
            return Judgement.of(bare.isEmpty(), bare.isEmpty() ? said("compliance.s.incidents-journaled.ok", "{0} closed incident(s), each with journal and resolution", closed.size())
                    : said("compliance.s.incidents-journaled.bad", "{0} closed incident(s) without journal or resolution", bare.size()), evidence);
        }
    }

    /** Art. 14.3: maintenance within the profile's interval (12 months): every plan has a finished work order that recent. */
    @Singleton
    static class MaintenanceYearly implements ComplianceCheck {
        private final Jdbc jdbc;

        MaintenanceYearly(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String key() {
            return "maintenance-yearly";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            int days = profile.whole("maintenance-interval-days");
            return Maintenance.judge(jdbc, now, days, "FROM maintenance_plan p", "maintenance");
        }
    }

    /** Art. 6.3: fire and lightning systems inspected within the profile's interval. */
    @Singleton
    static class FireLightningInspected implements ComplianceCheck {
        private final Jdbc jdbc;

        FireLightningInspected(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String key() {
            return "fire-lightning-inspected";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            int days = profile.whole("fire-inspection-days");
            return Maintenance.judge(jdbc, now, days, "FROM maintenance_plan p WHERE p.article LIKE '%6.3%' "
                    + "OR LOWER(p.name) LIKE '%fire%' OR LOWER(p.name) LIKE '%lightning%' OR LOWER(p.name) LIKE '%chữa cháy%' OR LOWER(p.name) LIKE '%chống sét%'",
                    "fire");
        }
    }

    static final class Maintenance {
        /** The English name of what is maintained, by the key of its sentences. */
        static final java.util.Map<String, String> WHAT = java.util.Map.of("maintenance", "maintenance plan", "fire", "fire/lightning inspection plan");

        private Maintenance() {
        }

        /**
         * A plan is late when its last finished order is older than {@code days}, or when it was never done
         * and an order of it is past its due date. A plan never done whose first order is not due yet is
         * not judged: a fresh install's plans read "not enough data", not "non-compliant" (Art. 14.3).
         */
        static Judgement judge(Jdbc jdbc, Instant now, int days, String plansFrom, String what) {
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            List<Object[]> plans = jdbc.list("read maintenance plans", "SELECT p.id, p.name, (SELECT MAX(w.finished_at) FROM work_order w "
                            + "WHERE w.plan_id = p.id AND w.status IN ('done', 'verified')), (SELECT MIN(w.due_date) FROM work_order w "
                            + "WHERE w.plan_id = p.id AND w.status IN ('planned', 'assigned', 'in_progress')) " + plansFrom,
                    rs -> new Object[]{rs.getString(1), rs.getString(2), rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(),
                            rs.getObject(4, LocalDate.class)});
            Evidence orders = Evidence.link("compliance.ev.work-orders", "work orders", "/ui/workorders");
            if (plans.isEmpty()) {
                return Judgement.noData(said("compliance.s." + what + ".none", "no " + WHAT.get(what) + " recorded"), orders);
            }
            List<String> late = plans.stream().filter(p -> p[2] == null ? p[3] != null && ((LocalDate) p[3]).isBefore(today)
                    : Duration.between((Instant) p[2], now).toDays() > days).map(p -> (String) p[1]).toList();
            long judged = plans.stream().filter(p -> p[2] != null).count();
            if (late.isEmpty() && judged == 0) {
                LocalDate firstDue = plans.stream().map(p -> (LocalDate) p[3]).filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
                return Judgement.noData(firstDue == null
                        ? said("compliance.s." + what + ".not-due", "{0} " + WHAT.get(what) + "(s), none done yet and none due yet", plans.size())
                        : said("compliance.s." + what + ".first-due", "{0} " + WHAT.get(what) + "(s), none done yet; the first is due on {1}",
                        plans.size(), firstDue.toString()), orders);
            }
            return Judgement.of(late.isEmpty(), late.isEmpty() ? said("compliance.s." + what + ".ok", "{0} " + WHAT.get(what) + "(s), each done within {1} days", judged, days)
                    : said("compliance.s." + what + ".bad", "{0} " + WHAT.get(what) + "(s) not done within {1} days: {2}", late.size(), days, list(late)), orders);
        }
    }

    /**
     * Art. 16.3: accounts idle the profile's days (30) are suspended. Judged on the product's own accounts;
     * with no active account there is nothing to judge.
     */
    @Singleton
    static class IdleAccounts implements ComplianceCheck {
        private final Jdbc jdbc;

        IdleAccounts(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String key() {
            return "idle-accounts";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            int days = profile.whole("idle-account-days");
            List<Object[]> active = jdbc.list("read accounts", "SELECT id, username, COALESCE(last_login, created_at) FROM account WHERE status = 'active'",
                    rs -> new Object[]{rs.getString(1), rs.getString(2), rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()});
            Evidence all = Evidence.link("compliance.ev.accounts", "accounts", "/ui/compliance/records/accounts");
            if (active.isEmpty()) {
                return Judgement.noData(said("compliance.s.idle-accounts.none", "no active account to judge"), all);
            }
            List<String> idle = active.stream().filter(a -> a[2] != null && Duration.between((Instant) a[2], now).toDays() >= days)
                    .map(a -> (String) a[1]).toList();
            return Judgement.of(idle.isEmpty(), idle.isEmpty() ? said("compliance.s.idle-accounts.ok", "{0} active account(s), none idle ≥ {1} days", active.size(), days)
                    : said("compliance.s.idle-accounts.bad", "still active though idle ≥ {0} days: {1}", days, list(idle)), all);
        }
    }

    /** Art. 21.3a: no device polled with a default credential (public/private) or SNMP v1/v2c where v3 is possible. */
    @Singleton
    static class DefaultCredentials implements ComplianceCheck {
        static final Set<String> DEFAULTS = Set.of("public", "private", "admin", "default");
        private final MonitoredDeviceRepository devices;

        DefaultCredentials(MonitoredDeviceRepository devices) {
            this.devices = devices;
        }

        @Override
        public String key() {
            return "default-credentials";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            List<MonitoredDevice> snmp = StreamSupport.stream(devices.findAll().spliterator(), false)
                    .filter(d -> d.enabled() && d.protocol() == vn.dcim.core.device.Protocol.snmp).toList();
            if (snmp.isEmpty()) {
                return Judgement.noData(said("compliance.s.default-credentials.none", "no SNMP device is polled"), Evidence.link("compliance.ev.devices", "devices", "/ui/devices"));
            }
            List<String> weak = new ArrayList<>();
            for (MonitoredDevice d : snmp) {
                if (!"3".equals(d.snmpVersion())) {
                    weak.add(d.id() + " SNMP v" + d.snmpVersion() + (d.community() != null && DEFAULTS.contains(d.community().toLowerCase())
                            ? " (" + d.community() + ")" : ""));
                }
            }
            List<Evidence> evidence = snmp.stream().filter(d -> !"3".equals(d.snmpVersion())).limit(10)
                    .map(d -> Evidence.of(d.id(), "/ui/devices/" + d.id())).toList();
            return Judgement.of(weak.isEmpty(), weak.isEmpty() ? said("compliance.s.default-credentials.ok", "{0} SNMP device(s), all v3", snmp.size())
                    : said("compliance.s.default-credentials.bad", "{0} of {1} SNMP device(s) on v1/v2c (a default community in brackets): {2}",
                    weak.size(), snmp.size(), list(weak)), evidence.isEmpty()
                    ? List.of(Evidence.link("compliance.ev.devices", "devices", "/ui/devices")) : evidence);
        }
    }

    /** Art. 25.1: every piece of equipment in service is monitored (has an enabled monitored device). */
    @Singleton
    static class EveryDeviceMonitored implements ComplianceCheck {
        private final Jdbc jdbc;

        EveryDeviceMonitored(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String key() {
            return "every-device-monitored";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            List<String[]> assets = jdbc.list("read monitored assets", "SELECT a.id, a.name, EXISTS (SELECT 1 FROM monitored_device d WHERE d.asset_id = a.id "
                    + "AND d.enabled) FROM asset a WHERE a.status = 'in_service' AND a.kind <> 'other'",
                    rs -> new String[]{rs.getString(1), rs.getString(2), rs.getBoolean(3) ? "1" : "0"});
            if (assets.isEmpty()) {
                return Judgement.noData(said("compliance.s.every-device-monitored.none", "no equipment in service"), Evidence.link("compliance.ev.assets", "assets", "/ui/assets"));
            }
            List<String[]> unmonitored = assets.stream().filter(a -> a[2].equals("0")).toList();
            List<Evidence> evidence = new ArrayList<>(unmonitored.stream().limit(10).map(a -> Evidence.of(a[1], "/ui/assets/" + a[0])).toList());
            evidence.add(Evidence.link("compliance.ev.devices", "devices", "/ui/devices"));
            return Judgement.of(unmonitored.isEmpty(), unmonitored.isEmpty() ? said("compliance.s.every-device-monitored.ok", "{0} asset(s) in service, all monitored", assets.size())
                    : said("compliance.s.every-device-monitored.bad", "{0} of {1} unmonitored: {2}", unmonitored.size(), assets.size(),
                    list(unmonitored.stream().map(a -> a[1]).toList())), evidence);
        }
    }

    /** Art. 30.8: device clocks within the profile's tolerance of the server's, from the access events' device and arrival times. */
    @Singleton
    static class DeviceClocks implements ComplianceCheck {
        private final Jdbc jdbc;

        DeviceClocks(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String key() {
            return "device-clocks";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            int tolerance = profile.whole("clock-tolerance-seconds");
            List<Object[]> skews = jdbc.list("read device clock skew", "SELECT device_id, MAX(ABS(TIMESTAMPDIFF(SECOND, device_ts, received_ts))) "
                    + "FROM access_event WHERE received_ts >= ? GROUP BY device_id", rs -> new Object[]{rs.getString(1), rs.getLong(2)},
                    ts(now.minus(Duration.ofHours(24))));
            Evidence log = Evidence.link("compliance.ev.access-log", "access log", "/ui/access-log");
            if (skews.isEmpty()) {
                return Judgement.noData(said("compliance.s.device-clocks.none", "no timestamped event from a device in the last 24 hours"), log);
            }
            List<String> off = skews.stream().filter(s -> (Long) s[1] > tolerance).map(s -> s[0] + " " + s[1] + " s").toList();
            return Judgement.of(off.isEmpty(), off.isEmpty() ? said("compliance.s.device-clocks.ok", "{0} device(s) within {1} s of the server", skews.size(), tolerance)
                    : said("compliance.s.device-clocks.bad", "clock off by more than {0} s: {1}", tolerance, list(off)), log);
        }
    }

    /** Art. 24.4, 27.6, 32.2: the yearly task of the kind done within the year. With no task at all, nothing to judge. */
    abstract static class YearlyTaskCheck implements ComplianceCheck {
        private final ComplianceTaskRepository tasks;
        private final YearlyTask kind;

        YearlyTaskCheck(ComplianceTaskRepository tasks, YearlyTask kind) {
            this.tasks = tasks;
            this.kind = kind;
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            int days = profile.whole("yearly-task-days");
            List<ComplianceTask> of = tasks.findAllOrderByDueDateDesc().stream().filter(t -> t.kind().equals(kind.name())).toList();
            Evidence link = Evidence.link("compliance.ev.yearly-tasks", "yearly tasks", "/ui/compliance#tasks");
            if (of.isEmpty()) {
                return Judgement.noData(said("compliance.s.yearly.none", "no {0} task recorded", "enum.yearly-task." + kind.name()), link);
            }
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            var lastDone = of.stream().filter(ComplianceTask::done).map(ComplianceTask::doneAt).max(Instant::compareTo);
            boolean overdue = of.stream().anyMatch(t -> !t.done() && t.dueDate().isBefore(today));
            boolean recent = lastDone.isPresent() && Duration.between(lastDone.get(), now).toDays() <= days;
            if (!recent && !overdue) {
                return Judgement.noData(said("compliance.s.yearly.planned", "{0} planned, not yet due", "enum.yearly-task." + kind.name()), link);
            }
            return Judgement.of(recent && !overdue, lastDone.map(d -> overdue ? said("compliance.s.yearly.done-overdue", "last done {0}; a task is overdue", d)
                    : said("compliance.s.yearly.done", "last done {0}", d)).orElse(said("compliance.s.yearly.never", "never done; a task is overdue")), link);
        }
    }

    @Singleton
    static class YearlyVulnerabilityAssessment extends YearlyTaskCheck {
        YearlyVulnerabilityAssessment(ComplianceTaskRepository tasks) {
            super(tasks, YearlyTask.vulnerability_assessment);
        }

        @Override
        public String key() {
            return "yearly-vulnerability-assessment";
        }
    }

    @Singleton
    static class YearlyMalwareScan extends YearlyTaskCheck {
        YearlyMalwareScan(ComplianceTaskRepository tasks) {
            super(tasks, YearlyTask.malware_scan);
        }

        @Override
        public String key() {
            return "yearly-malware-scan";
        }
    }

    @Singleton
    static class YearlyTraining extends YearlyTaskCheck {
        YearlyTraining(ComplianceTaskRepository tasks) {
            super(tasks, YearlyTask.security_training);
        }

        @Override
        public String key() {
            return "yearly-training";
        }
    }
}
