package vn.dcim.web.ui.compliance;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import vn.dcim.core.account.TrackedAccounts;
import vn.dcim.core.backup.BackupRegister;
import vn.dcim.core.notification.Notifications;
import vn.dcim.core.people.People;
import vn.dcim.core.roster.DutyRoster;
import vn.dcim.core.vulnerability.Vulnerabilities;
import vn.dcim.web.ui.compliance.EvidenceRegisters.Row;

import java.time.Duration;
import java.util.List;

import static vn.dcim.web.ui.compliance.EvidenceRegister.SHOWN;
import static vn.dcim.web.ui.compliance.EvidenceRegister.text;
import static vn.dcim.web.ui.compliance.EvidenceRegister.yes;

/** The registers kept as evidence, each read from the service of its own feature. */
@Factory
class EvidenceTables {
    /** The backup runs: taken when, which file, how many copies, what was verified. */
    @Singleton
    EvidenceRegister backups(BackupRegister backups) {
        return new EvidenceRegister("backups", (shown, now) -> backups.recentRuns().stream().map(b -> new Row("backup-" + b.id(), List.of(
                shown.time(b.takenAt()), b.fileName(), text(b.copies()), yes(shown, b.checksumsVerified()),
                yes(shown, b.restoreVerified()), yes(shown, !b.sameDevice()), yes(shown, b.ok()), text(b.message())))).toList(),
                "taken", "file", "copies", "checksums", "restore", "separate", "ok", "message");
    }

    /** The accounts of other systems the centre tracks. */
    @Singleton
    EvidenceRegister accounts(TrackedAccounts accounts) {
        return new EvidenceRegister("accounts", (shown, now) -> accounts.first(SHOWN).stream().map(a -> new Row("account-" + a.id(),
                List.of(a.systemName(), a.username(), text(a.fullName()), shown.label("account-status", a.status()),
                        shown.time(a.lastLogin()), shown.date(a.validUntil()), shown.time(a.suspendedAt()), text(a.suspendedWhy()))))
                .toList(),
                "system", "username", "name", "status", "last-login", "valid-until", "suspended", "why");
    }

    /** The notification outbox: who was told what, over which channel, delivered or not. */
    @Singleton
    EvidenceRegister outbox(Notifications notifications) {
        return new EvidenceRegister("notifications", (shown, now) -> notifications.outbox(SHOWN, 0).getContent().stream().map(n ->
                new Row("notification-" + n.id(), List.of(shown.time(n.createdAt()), shown.label("recipient-role", n.role()),
                        shown.label("channel", n.channel()), n.address(), n.subject(), String.valueOf(n.attempts()),
                        shown.time(n.deliveredAt()), text(n.lastError())))).toList(),
                "created", "role", "channel", "address", "subject", "attempts", "delivered", "error");
    }

    /** The vulnerabilities found, reported and fixed. */
    @Singleton
    EvidenceRegister weaknesses(Vulnerabilities vulnerabilities) {
        return new EvidenceRegister("vulnerabilities", (shown, now) -> vulnerabilities.latest(SHOWN).stream().map(v ->
                new Row("vulnerability-" + v.id(), List.of(v.reference(), v.title(), String.valueOf(v.assetId()),
                        shown.label("vulnerability-severity", v.severity()), shown.label("vulnerability-status", v.status()),
                        shown.time(v.foundAt()), shown.time(v.reportedAt()), shown.time(v.fixedAt()), text(v.plan())))).toList(),
                "reference", "title", "asset", "severity", "status", "found", "reported", "fixed", "plan");
    }

    /** The duty roster's shifts of the last 30 days and the next 7. */
    @Singleton
    EvidenceRegister roster(DutyRoster roster) {
        return new EvidenceRegister("duty-roster", (shown, now) ->
                roster.between(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(7)), SHOWN).stream().map(s ->
                        new Row("shift-" + s.id(), List.of(shown.time(s.startsAt()), shown.time(s.endsAt()), s.operator(), text(s.note()))))
                        .toList(),
                "starts", "ends", "operator", "note");
    }

    /** The staff register: who joined and left. */
    @Singleton
    EvidenceRegister staff(People people) {
        return new EvidenceRegister("staff", (shown, now) -> people.staff(SHOWN).stream().map(p -> new Row("staff-" + p.id(),
                List.of(p.name(), text(p.badge()), shown.time(p.joinedAt()), shown.time(p.leftAt())))).toList(),
                "name", "badge", "joined", "left");
    }

    /** The visits of the last 90 days and the next 7: who, for what, approved by whom. */
    @Singleton
    EvidenceRegister visits(People people) {
        return new EvidenceRegister("visits", (shown, now) ->
                people.visits(now.minus(Duration.ofDays(90)), now.plus(Duration.ofDays(7)), SHOWN).stream().map(v ->
                        new Row("visit-" + v.id(), List.of(v.visitor(), v.organisation(), v.purpose(), text(v.badge()),
                                shown.time(v.startsAt()), shown.time(v.endsAt()), v.approvedBy(), yes(shown, v.noDevices()))))
                        .toList(),
                "visitor", "organisation", "purpose", "badge", "starts", "ends", "approved", "no-devices");
    }
}
