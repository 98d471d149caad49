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

/**
 * The requirements the product can judge from its own data, one small class per catalogue check key.
 * Each answers not_enough_data when its register is empty: an empty register never reads compliant.
 */
final class Checks {
    private Checks() {
    }

    static String list(List<String> names) {
        return names.size() <= 8 ? String.join(", ", names) : String.join(", ", names.subList(0, 8)) + " and " + (names.size() - 8) + " more";
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
                return Judgement.noData("no asset is placed in a room or rack", Evidence.of("assets", "/api/assets"));
            }
            List<String[]> wrong = placed.stream().filter(a -> a[2].equals("faulty") || a[2].equals("awaiting_disposal")).toList();
            List<Evidence> evidence = new ArrayList<>(wrong.stream().limit(10).map(a -> Evidence.of(a[1] + " (" + a[2] + ")", "/api/assets/" + a[0])).toList());
            evidence.add(Evidence.of("assets", "/api/assets"));
            return Judgement.of(wrong.isEmpty(), wrong.isEmpty() ? placed.size() + " placed asset(s), none faulty or awaiting disposal"
                    : wrong.size() + " faulty or awaiting-disposal asset(s) still in the server rooms: "
                    + list(wrong.stream().map(a -> a[1]).toList()), evidence);
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
                return Judgement.noData("no equipment registered", Evidence.of("assets", "/api/assets"));
            }
            List<String[]> unlabelled = assets.stream().filter(a -> a[1] == null || a[1].isBlank() || a[2] == null || a[2].isBlank()).toList();
            List<Evidence> evidence = new ArrayList<>(unlabelled.stream().limit(10).map(a -> Evidence.of(a[1], "/api/assets/" + a[0])).toList());
            evidence.add(Evidence.of("assets", "/api/assets"));
            return Judgement.of(unlabelled.isEmpty(), unlabelled.isEmpty() ? assets.size() + " asset(s), all named and labelled"
                    : unlabelled.size() + " of " + assets.size() + " asset(s) without a label: " + list(unlabelled.stream().map(a -> a[1]).toList()), evidence);
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
            Evidence chain = Evidence.of("power chain", "/api/power-chain");
            if (nodes.isEmpty()) {
                return Judgement.noData("no power chain recorded (feeds, UPS, generator)", chain);
            }
            long sources = nodes.stream().filter(n -> !n.kind().equals("ups") && !n.alarmed()).count();
            long ups = nodes.stream().filter(n -> n.kind().equals("ups") && !n.alarmed()).count();
            long gen = nodes.stream().filter(n -> n.kind().equals("generator") && !n.alarmed()).count();
            List<String> alarmed = nodes.stream().filter(Node::alarmed).map(Node::name).toList();
            return Judgement.of(sources >= 2 && ups >= 1 && gen >= 1, sources + " healthy source(s) (grid feeds and generators), "
                    + ups + " healthy UPS, " + gen + " healthy generator(s)" + (alarmed.isEmpty() ? "" : "; open alarms on " + list(alarmed)),
                    chain, Evidence.of("open alarms", "/api/alarms"));
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
                return Judgement.noData("no temperature or humidity sensor reported in the last hour", Evidence.of("devices", "/ui/devices"));
            }
            List<Evidence> evidence = fresh.stream().map(r -> r.deviceId()).distinct().limit(10)
                    .map(d -> Evidence.of(d, "/api/devices/" + d + "/readings")).toList();
            return Judgement.of(out.isEmpty(), out.isEmpty() ? fresh.size() + " reading(s) within " + profile.number("temperature-min-c") + "–"
                    + profile.number("temperature-max-c") + " °C and " + profile.number("humidity-min-pct") + "–" + profile.number("humidity-max-pct") + " %RH"
                    : "out of range: " + list(out), evidence);
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
                return Judgement.noData("no camera/NVR reports its retention yet", Evidence.of("devices", "/ui/devices"));
            }
            List<String> bad = new ArrayList<>();
            for (LatestReading r : cams) {
                if (Duration.between(r.time(), now).toHours() > 24) {
                    bad.add(r.deviceId() + " silent since " + r.time());
                } else if (r.value() == null || r.value() < days) {
                    bad.add(r.deviceId() + " keeps " + r.value() + " d");
                }
            }
            latest.ofMetric("camera.recording").stream().filter(r -> r.value() != null && r.value() == 0)
                    .forEach(r -> bad.add(r.deviceId() + " not recording"));
            List<Evidence> evidence = cams.stream().limit(10).map(r -> Evidence.of(r.deviceId(), "/api/devices/" + r.deviceId() + "/readings")).toList();
            return Judgement.of(bad.isEmpty(), bad.isEmpty() ? cams.size() + " camera(s)/NVR(s) record and keep ≥ " + days + " days"
                    : "below " + days + " days or not recording: " + list(bad), evidence);
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
            Evidence log = Evidence.of("access log", "/api/access-events");
            if (doors.isEmpty()) {
                return Judgement.noData("no door controller is monitored", log);
            }
            List<String> silent = doors.stream().filter(d -> Duration.between((Instant) d[1], now).toMinutes() > 15)
                    .map(d -> d[0] + " silent since " + d[1]).toList();
            return Judgement.of(silent.isEmpty(), silent.isEmpty() ? doors.size() + " door controller(s) heard within 15 minutes"
                    : "gap in the access log: " + list(silent), log);
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
            Evidence evidence = Evidence.of("ISP links", "/api/isp-links");
            if (links.isEmpty()) {
                return Judgement.noData("no ISP link registered", evidence);
            }
            long providers = links.stream().map(l -> l[1]).distinct().count();
            long up = links.stream().filter(l -> l[2] != null && (Boolean.TRUE.equals(l[2]) || Integer.valueOf(1).equals(l[2]))).map(l -> l[1]).distinct().count();
            if (links.stream().allMatch(l -> l[2] == null)) {
                return Judgement.noData(providers + " provider(s) registered, none probed in the last 5 minutes", evidence);
            }
            return Judgement.of(providers >= min && up >= min, providers + " provider(s) registered, " + up + " up in the last 5 minutes", evidence);
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
            Evidence all = Evidence.of("software assets", "/api/software-assets");
            if (sw.isEmpty()) {
                return Judgement.noData("the software list is empty", all);
            }
            List<String[]> incomplete = sw.stream().filter(s -> s[2].equals("1")).toList();
            List<Evidence> evidence = new ArrayList<>(incomplete.stream().limit(10).map(s -> Evidence.of(s[1], "/api/software-assets/" + s[0])).toList());
            evidence.add(all);
            return Judgement.of(incomplete.isEmpty(), incomplete.isEmpty() ? sw.size() + " software asset(s), all nine fields filled"
                    : incomplete.size() + " incomplete: " + list(incomplete.stream().map(s -> s[1]).toList()), evidence);
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
            Evidence all = Evidence.of("software assets", "/api/software-assets");
            if (sw.isEmpty()) {
                return Judgement.noData("the software list is empty", all);
            }
            List<String[]> bad = sw.stream().filter(s -> (s[3] != null && LocalDate.parse(s[3]).isBefore(today))
                    || (!expiryOnly && (s[4] == null || s[4].isBlank()))).toList();
            List<Evidence> evidence = new ArrayList<>(bad.stream().limit(10).map(s -> Evidence.of(s[1], "/api/software-assets/" + s[0])).toList());
            evidence.add(all);
            return Judgement.of(bad.isEmpty(), bad.isEmpty() ? sw.size() + " software asset(s) licensed, none expired"
                    : bad.size() + (expiryOnly ? " licence(s) expired: " : " without a valid licence: ") + list(bad.stream().map(s -> s[1]).toList()), evidence);
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
            return Evidence.of("backup runs", "/api/backups");
        }
    }

    @Singleton
    static class BackupTwoLocations extends Backups {
        BackupTwoLocations(Jdbc jdbc) {
            super(jdbc);
        }

        @Override
        public String key() {
            return "backup-two-locations";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            Run last = runs().stream().filter(Run::ok).findFirst().orElse(null);
            if (last == null) {
                return Judgement.noData("no successful backup of the DCIM database yet", runLink());
            }
            return Judgement.of(!last.sameDevice(), "last backup " + last.at() + (last.sameDevice() ? ": both copies on the same device"
                    : ": copies on two separate devices"), Evidence.of("backup run #" + last.id(), "/api/backups"));
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
                return Judgement.noData("no backup run yet", runLink());
            }
            Run last = runs.get(0);
            boolean verified = last.ok() && last.checksums() && last.restoreVerified();
            return Judgement.of(verified, "last backup " + last.at() + (verified ? " verified (checksums and restore)"
                    : " not verified: ok=" + last.ok() + ", checksums=" + last.checksums() + ", restore=" + last.restoreVerified()),
                    Evidence.of("backup run #" + last.id(), "/api/backups"));
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
                return Judgement.noData("no successful backup yet", runLink());
            }
            long days = Duration.between(last.at(), now).toDays();
            return Judgement.of(days <= maxDays, "last successful backup " + days + " day(s) ago (at most " + maxDays + ")",
                    Evidence.of("backup run #" + last.id(), "/api/backups"));
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
            Evidence all = Evidence.of("incidents", "/api/incidents");
            if (ids.isEmpty()) {
                return Judgement.noData("no incident in the last 12 months", all);
            }
            List<String> unclassified = ids.stream().filter(s -> !s.isEmpty()).toList();
            List<Evidence> evidence = new ArrayList<>(unclassified.stream().limit(10).map(i -> Evidence.of("incident #" + i, "/api/incidents/" + i)).toList());
            evidence.add(all);
            return Judgement.of(unclassified.isEmpty(), unclassified.isEmpty() ? ids.size() + " incident(s) in 12 months, all classified"
                    : unclassified.size() + " incident(s) without a " + column.replace('_', ' '), evidence);
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
            Evidence all = Evidence.of("incidents", "/api/incidents");
            if (closed.isEmpty()) {
                return Judgement.noData("no incident closed in the last 12 months", all);
            }
            List<String[]> bare = closed.stream().filter(c -> c[1].equals("0") || c[2].isBlank()).toList();
            List<Evidence> evidence = new ArrayList<>(bare.stream().limit(10).map(c -> Evidence.of("incident #" + c[0], "/api/incidents/" + c[0])).toList());
            evidence.add(all);
            return Judgement.of(bare.isEmpty(), bare.isEmpty() ? closed.size() + " closed incident(s), each with journal and resolution"
                    : bare.size() + " closed incident(s) without journal or resolution", evidence);
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
            return Maintenance.judge(jdbc, now, days, "SELECT p.id, p.name, (SELECT MAX(w.finished_at) FROM work_order w WHERE w.plan_id = p.id "
                    + "AND w.status IN ('done', 'verified')) FROM maintenance_plan p", "maintenance plan");
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
            return Maintenance.judge(jdbc, now, days, "SELECT p.id, p.name, (SELECT MAX(w.finished_at) FROM work_order w WHERE w.plan_id = p.id "
                    + "AND w.status IN ('done', 'verified')) FROM maintenance_plan p WHERE p.article LIKE '%6.3%' "
                    + "OR LOWER(p.name) LIKE '%fire%' OR LOWER(p.name) LIKE '%lightning%' OR LOWER(p.name) LIKE '%chữa cháy%' OR LOWER(p.name) LIKE '%chống sét%'",
                    "fire/lightning inspection plan");
        }
    }

    static final class Maintenance {
        private Maintenance() {
        }

        static Judgement judge(Jdbc jdbc, Instant now, int days, String sql, String what) {
            List<Object[]> plans = jdbc.list("read maintenance plans", sql, rs -> new Object[]{rs.getString(1), rs.getString(2),
                    rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()});
            Evidence orders = Evidence.of("work orders", "/ui/workorders");
            if (plans.isEmpty()) {
                return Judgement.noData("no " + what + " recorded", orders);
            }
            List<String> late = plans.stream().filter(p -> p[2] == null || Duration.between((Instant) p[2], now).toDays() > days)
                    .map(p -> (String) p[1]).toList();
            return Judgement.of(late.isEmpty(), late.isEmpty() ? plans.size() + " " + what + "(s), each done within " + days + " days"
                    : late.size() + " " + what + "(s) not done within " + days + " days: " + list(late), orders);
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
            Evidence all = Evidence.of("accounts", "/api/accounts");
            if (active.isEmpty()) {
                return Judgement.noData("no active account to judge", all);
            }
            List<String> idle = active.stream().filter(a -> a[2] != null && Duration.between((Instant) a[2], now).toDays() >= days)
                    .map(a -> (String) a[1]).toList();
            return Judgement.of(idle.isEmpty(), idle.isEmpty() ? active.size() + " active account(s), none idle ≥ " + days + " days"
                    : "still active though idle ≥ " + days + " days: " + list(idle), all);
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
                return Judgement.noData("no SNMP device is polled", Evidence.of("devices", "/ui/devices"));
            }
            List<String> weak = new ArrayList<>();
            for (MonitoredDevice d : snmp) {
                if (!"3".equals(d.snmpVersion())) {
                    weak.add(d.id() + " SNMP v" + d.snmpVersion() + (d.community() != null && DEFAULTS.contains(d.community().toLowerCase())
                            ? " with the default community" : ""));
                }
            }
            List<Evidence> evidence = snmp.stream().filter(d -> !"3".equals(d.snmpVersion())).limit(10)
                    .map(d -> Evidence.of(d.id(), "/ui/devices/" + d.id())).toList();
            return Judgement.of(weak.isEmpty(), weak.isEmpty() ? snmp.size() + " SNMP device(s), all v3"
                    : weak.size() + " of " + snmp.size() + " SNMP device(s) on v1/v2c: " + list(weak), evidence.isEmpty()
                    ? List.of(Evidence.of("devices", "/ui/devices")) : evidence);
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
                return Judgement.noData("no equipment in service", Evidence.of("assets", "/api/assets"));
            }
            List<String[]> unmonitored = assets.stream().filter(a -> a[2].equals("0")).toList();
            List<Evidence> evidence = new ArrayList<>(unmonitored.stream().limit(10).map(a -> Evidence.of(a[1], "/api/assets/" + a[0])).toList());
            evidence.add(Evidence.of("devices", "/ui/devices"));
            return Judgement.of(unmonitored.isEmpty(), unmonitored.isEmpty() ? assets.size() + " asset(s) in service, all monitored"
                    : unmonitored.size() + " of " + assets.size() + " unmonitored: " + list(unmonitored.stream().map(a -> a[1]).toList()), evidence);
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
            Evidence log = Evidence.of("access log", "/api/access-events");
            if (skews.isEmpty()) {
                return Judgement.noData("no timestamped event from a device in the last 24 hours", log);
            }
            List<String> off = skews.stream().filter(s -> (Long) s[1] > tolerance).map(s -> s[0] + " " + s[1] + " s").toList();
            return Judgement.of(off.isEmpty(), off.isEmpty() ? skews.size() + " device(s) within " + tolerance + " s of the server"
                    : "clock off by more than " + tolerance + " s: " + list(off), log);
        }
    }

    /** Art. 30.7a: monitoring data kept at least the profile's days (6 months), read from the retention setting. */
    @Singleton
    static class MonitoringRetention implements ComplianceCheck {
        private final int days;

        MonitoringRetention(@Value("${dcim.retention.readings-days:400}") int days) {
            this.days = days;
        }

        @Override
        public String key() {
            return "monitoring-retention";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            int min = profile.whole("monitoring-retention-days");
            return Judgement.of(days >= min, "readings kept " + days + " days (DCIM_READINGS_RETENTION_DAYS); at least " + min + " required",
                    Evidence.of("schedules", "/ui/schedules"));
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
            Evidence link = Evidence.of("yearly tasks", "/api/compliance-tasks");
            if (of.isEmpty()) {
                return Judgement.noData("no " + kind.name().replace('_', ' ') + " task recorded", link);
            }
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            var lastDone = of.stream().filter(ComplianceTask::done).map(ComplianceTask::doneAt).max(Instant::compareTo);
            boolean overdue = of.stream().anyMatch(t -> !t.done() && t.dueDate().isBefore(today));
            boolean recent = lastDone.isPresent() && Duration.between(lastDone.get(), now).toDays() <= days;
            if (!recent && !overdue) {
                return Judgement.noData(kind.name().replace('_', ' ') + " planned, not yet due", link);
            }
            return Judgement.of(recent && !overdue, lastDone.map(d -> "last done " + d).orElse("never done")
                    + (overdue ? "; a task is overdue" : ""), link);
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
