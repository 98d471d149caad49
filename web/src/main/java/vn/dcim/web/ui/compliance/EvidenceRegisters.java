package vn.dcim.web.ui.compliance;

import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.TrackedAccounts;
import vn.dcim.core.backup.BackupRegister;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.notification.Notifications;
import vn.dcim.core.people.People;
import vn.dcim.core.roster.DutyRoster;
import vn.dcim.core.vulnerability.Vulnerabilities;
import vn.dcim.web.i18n.Shown;
import vn.dcim.web.i18n.ShownModel;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The registers a compliance check judges and that have no screen of their own (backup runs, the accounts of
 * other systems, the notification outbox, vulnerabilities, the duty roster, staff, visits), as read-only tables
 * in the reader's language: an auditor following an evidence link reads the records, never the API's JSON.
 * Reached under /ui/compliance, so those who may read the compliance view may read its evidence.
 */
@Hidden
@Controller("/ui/compliance/records")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EvidenceRegisters {
    static final List<String> REGISTERS = List.of("backups", "accounts", "notifications", "vulnerabilities", "duty-roster", "staff", "visits");
    private static final int SHOWN = 200;

    private final BackupRegister backups;
    private final TrackedAccounts accounts;
    private final Notifications notifications;
    private final Vulnerabilities vulnerabilities;
    private final DutyRoster roster;
    private final People people;
    private final ShownModel shownModel;
    private final Clock clock;

    /** One row of a register: its anchor ({@code backup-12}) and its cells as the reader reads them. */
    public record Row(String anchor, List<String> cells) {
    }

    /** One register kept as evidence: its column keys and its rows, newest first. */
    @Introspected
    record Register(Navigation.Frame frame, String register, List<String> columns, List<Row> rows) implements ScreenView {
    }

    @HtmlScreen
    @View("compliance/register")
    @Get("/{register}")
    public Register register(HttpRequest<?> request, @PathVariable String register) {
        if (!REGISTERS.contains(register)) {
            throw new NotFoundException("register", register);
        }
        Shown shown = shownModel.of(request);
        Instant now = clock.instant();
        List<Row> rows = new ArrayList<>();
        List<String> columns = switch (register) {
            case "backups" -> {
                backups.recentRuns().forEach(b -> rows.add(new Row("backup-" + b.id(), List.of(
                        shown.time(b.takenAt()), b.fileName(), text(b.copies()), yes(shown, b.checksumsVerified()),
                        yes(shown, b.restoreVerified()), yes(shown, !b.sameDevice()), yes(shown, b.ok()), text(b.message())))));
                yield List.of("taken", "file", "copies", "checksums", "restore", "separate", "ok", "message");
            }
            case "accounts" -> {
                accounts.first(SHOWN).forEach(a -> rows.add(new Row("account-" + a.id(), List.of(a.systemName(),
                                a.username(), text(a.fullName()), shown.label("account-status", a.status()), shown.time(a.lastLogin()),
                                shown.date(a.validUntil()), shown.time(a.suspendedAt()), text(a.suspendedWhy())))));
                yield List.of("system", "username", "name", "status", "last-login", "valid-until", "suspended", "why");
            }
            case "notifications" -> {
                notifications.outbox(SHOWN, 0).getContent().forEach(n ->
                        rows.add(new Row("notification-" + n.id(), List.of(shown.time(n.createdAt()), shown.label("recipient-role", n.role()),
                                shown.label("channel", n.channel()), n.address(), n.subject(), String.valueOf(n.attempts()),
                                shown.time(n.deliveredAt()), text(n.lastError())))));
                yield List.of("created", "role", "channel", "address", "subject", "attempts", "delivered", "error");
            }
            case "vulnerabilities" -> {
                vulnerabilities.latest(SHOWN).forEach(v -> rows.add(new Row("vulnerability-" + v.id(), List.of(
                        v.reference(), v.title(), String.valueOf(v.assetId()), shown.label("vulnerability-severity", v.severity()),
                        shown.label("vulnerability-status", v.status()), shown.time(v.foundAt()), shown.time(v.reportedAt()),
                        shown.time(v.fixedAt()), text(v.plan())))));
                yield List.of("reference", "title", "asset", "severity", "status", "found", "reported", "fixed", "plan");
            }
            case "duty-roster" -> {
                roster.between(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(7)), SHOWN).forEach(s ->
                        rows.add(new Row("shift-" + s.id(), List.of(shown.time(s.startsAt()), shown.time(s.endsAt()), s.operator(), text(s.note())))));
                yield List.of("starts", "ends", "operator", "note");
            }
            case "staff" -> {
                people.staff(SHOWN).forEach(p -> rows.add(new Row("staff-" + p.id(), List.of(p.name(), text(p.badge()),
                        shown.time(p.joinedAt()), shown.time(p.leftAt())))));
                yield List.of("name", "badge", "joined", "left");
            }
            default -> {
                people.visits(now.minus(Duration.ofDays(90)), now.plus(Duration.ofDays(7)), SHOWN).forEach(v ->
                        rows.add(new Row("visit-" + v.id(), List.of(v.visitor(), v.organisation(), v.purpose(), text(v.badge()),
                                shown.time(v.startsAt()), shown.time(v.endsAt()), v.approvedBy(), yes(shown, v.noDevices())))));
                yield List.of("visitor", "organisation", "purpose", "badge", "starts", "ends", "approved", "no-devices");
            }
        };
        return new Register(Navigation.frame(request, "compliance"), register, columns, rows);
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String yes(Shown shown, boolean value) {
        return shown.label("yes-no", value);
    }
}
