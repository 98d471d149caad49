package vn.dcim.web.ui.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.TrackedAccounts;
import vn.dcim.core.backup.BackupRegister;
import vn.dcim.core.notification.Notifications;
import vn.dcim.core.people.People;
import vn.dcim.core.roster.DutyRoster;
import vn.dcim.core.vulnerability.Vulnerabilities;
import vn.dcim.web.i18n.Shown;
import vn.dcim.web.ui.compliance.EvidenceRegisters.Row;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static vn.dcim.web.ui.compliance.EvidenceRegister.SHOWN;
import static vn.dcim.web.ui.compliance.EvidenceRegister.text;
import static vn.dcim.web.ui.compliance.EvidenceRegister.yes;

/** The registers kept as evidence, each read from the service of its own feature. */
final class EvidenceTables {
    private EvidenceTables() {
    }

    /** The backup runs: taken when, which file, how many copies, what was verified. */
    @Singleton
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static class Backups implements EvidenceRegister {
        private final BackupRegister backups;

        @Override
        public String name() {
            return "backups";
        }

        @Override
        public List<String> columns() {
            return List.of("taken", "file", "copies", "checksums", "restore", "separate", "ok", "message");
        }

        @Override
        public List<Row> rows(Shown shown, Instant now) {
            return backups.recentRuns().stream().map(b -> new Row("backup-" + b.id(), List.of(
                    shown.time(b.takenAt()), b.fileName(), text(b.copies()), yes(shown, b.checksumsVerified()),
                    yes(shown, b.restoreVerified()), yes(shown, !b.sameDevice()), yes(shown, b.ok()), text(b.message())))).toList();
        }
    }

    /** The accounts of other systems the centre tracks. */
    @Singleton
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static class Accounts implements EvidenceRegister {
        private final TrackedAccounts accounts;

        @Override
        public String name() {
            return "accounts";
        }

        @Override
        public List<String> columns() {
            return List.of("system", "username", "name", "status", "last-login", "valid-until", "suspended", "why");
        }

        @Override
        public List<Row> rows(Shown shown, Instant now) {
            return accounts.first(SHOWN).stream().map(a -> new Row("account-" + a.id(), List.of(a.systemName(),
                    a.username(), text(a.fullName()), shown.label("account-status", a.status()), shown.time(a.lastLogin()),
                    shown.date(a.validUntil()), shown.time(a.suspendedAt()), text(a.suspendedWhy())))).toList();
        }
    }

    /** The notification outbox: who was told what, over which channel, delivered or not. */
    @Singleton
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static class Outbox implements EvidenceRegister {
        private final Notifications notifications;

        @Override
        public String name() {
            return "notifications";
        }

        @Override
        public List<String> columns() {
            return List.of("created", "role", "channel", "address", "subject", "attempts", "delivered", "error");
        }

        @Override
        public List<Row> rows(Shown shown, Instant now) {
            return notifications.outbox(SHOWN, 0).getContent().stream().map(n ->
                    new Row("notification-" + n.id(), List.of(shown.time(n.createdAt()), shown.label("recipient-role", n.role()),
                            shown.label("channel", n.channel()), n.address(), n.subject(), String.valueOf(n.attempts()),
                            shown.time(n.deliveredAt()), text(n.lastError())))).toList();
        }
    }

    /** The vulnerabilities found, reported and fixed. */
    @Singleton
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static class Weaknesses implements EvidenceRegister {
        private final Vulnerabilities vulnerabilities;

        @Override
        public String name() {
            return "vulnerabilities";
        }

        @Override
        public List<String> columns() {
            return List.of("reference", "title", "asset", "severity", "status", "found", "reported", "fixed", "plan");
        }

        @Override
        public List<Row> rows(Shown shown, Instant now) {
            return vulnerabilities.latest(SHOWN).stream().map(v -> new Row("vulnerability-" + v.id(), List.of(
                    v.reference(), v.title(), String.valueOf(v.assetId()), shown.label("vulnerability-severity", v.severity()),
                    shown.label("vulnerability-status", v.status()), shown.time(v.foundAt()), shown.time(v.reportedAt()),
                    shown.time(v.fixedAt()), text(v.plan())))).toList();
        }
    }

    /** The duty roster's shifts of the last 30 days and the next 7. */
    @Singleton
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static class Roster implements EvidenceRegister {
        private final DutyRoster roster;

        @Override
        public String name() {
            return "duty-roster";
        }

        @Override
        public List<String> columns() {
            return List.of("starts", "ends", "operator", "note");
        }

        @Override
        public List<Row> rows(Shown shown, Instant now) {
            return roster.between(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(7)), SHOWN).stream().map(s ->
                    new Row("shift-" + s.id(), List.of(shown.time(s.startsAt()), shown.time(s.endsAt()), s.operator(), text(s.note()))))
                    .toList();
        }
    }

    /** The staff register: who joined and left. */
    @Singleton
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static class Staff implements EvidenceRegister {
        private final People people;

        @Override
        public String name() {
            return "staff";
        }

        @Override
        public List<String> columns() {
            return List.of("name", "badge", "joined", "left");
        }

        @Override
        public List<Row> rows(Shown shown, Instant now) {
            return people.staff(SHOWN).stream().map(p -> new Row("staff-" + p.id(), List.of(p.name(), text(p.badge()),
                    shown.time(p.joinedAt()), shown.time(p.leftAt())))).toList();
        }
    }

    /** The visits of the last 90 days and the next 7: who, for what, approved by whom. */
    @Singleton
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static class Visits implements EvidenceRegister {
        private final People people;

        @Override
        public String name() {
            return "visits";
        }

        @Override
        public List<String> columns() {
            return List.of("visitor", "organisation", "purpose", "badge", "starts", "ends", "approved", "no-devices");
        }

        @Override
        public List<Row> rows(Shown shown, Instant now) {
            return people.visits(now.minus(Duration.ofDays(90)), now.plus(Duration.ofDays(7)), SHOWN).stream().map(v ->
                    new Row("visit-" + v.id(), List.of(v.visitor(), v.organisation(), v.purpose(), text(v.badge()),
                            shown.time(v.startsAt()), shown.time(v.endsAt()), v.approvedBy(), yes(shown, v.noDevices())))).toList();
        }
    }
}
