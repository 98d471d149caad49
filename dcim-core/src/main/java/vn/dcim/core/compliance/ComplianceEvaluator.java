package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import io.micronaut.context.event.ApplicationEventPublisher;

import vn.dcim.core.centre.Centres;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static vn.dcim.core.compliance.Said.said;

/**
 * Judges every requirement of the catalogue: automatic ones by their check, attestation ones by the
 * latest attestation (overdue once its validity ends), and not-applicable ones by their reason.
 * Records each state with its "since" and keeps the history of changes. A row that turns non-compliant
 * or overdue is a compliance finding, not an alarm: {@link ComplianceFindings} lists it and a
 * {@link ComplianceFindingChanged} tells the supervisor and the head of the center.
 */
@Singleton
public class ComplianceEvaluator {
    /** The source of the alarms compliance raised in older releases (kept in the alarm history, closed). */
    public static final String ALARM_SOURCE = "compliance";
    /** Attestations expiring within this reminder window say so in their summary. */
    static final Duration REMINDER = Duration.ofDays(30);
    static final String EXPIRES_SOON = "; expires soon, ";

    private final Catalogue catalogue;
    private final Map<String, ComplianceCheck> checks;
    private final Attestations attestations;
    private final ComplianceStore store;
    private final PolicyProfiles profiles;
    private final ApplicationEventPublisher<ComplianceFindingChanged> findings;
    private final Centres centres;
    private final Clock clock;

    ComplianceEvaluator(Catalogue catalogue, List<ComplianceCheck> checks, Attestations attestations, ComplianceStore store,
                        PolicyProfiles profiles, ApplicationEventPublisher<ComplianceFindingChanged> findings, Centres centres, Clock clock) {
        this.catalogue = catalogue;
        this.checks = checks.stream().collect(Collectors.toMap(ComplianceCheck::key, Function.identity()));
        this.attestations = attestations;
        this.store = store;
        this.profiles = profiles;
        this.findings = findings;
        this.centres = centres;
        this.clock = clock;
    }

    public boolean hasCheck(String key) {
        return checks.containsKey(key);
    }

    /**
     * One view's judging (the province and each of its centres, judged for one page): the attestations read once, and
     * the answer of each check that is not bound to a site kept per profile, since such a check has one answer for every
     * centre that follows the same profile. It lives as long as the view that asked for it: nothing is kept across views,
     * so a view after a change judges anew. Each evaluation still records at its own moment.
     */
    public final class Round {
        private final Map<String, Attestation> latest = attestations.latest();
        private final Map<Map.Entry<String, PolicyProfile>, Judgement> shared = new HashMap<>();
    }

    /** A round of judging for one view; pass it to every evaluation of that view. */
    public Round round() {
        return new Round();
    }

    /** Judges every requirement now, records states and alarms, and answers the rows in catalogue order. */
    public List<ComplianceRow> evaluate(String lang) {
        return evaluate(ComplianceStore.INSTALLATION, profiles.selected(), lang);
    }

    /**
     * Judges every requirement for one centre by the profile it follows, the checks of things at a site over the
     * centre's sites only (the installation: every site), records its states apart from the other
     * centres' (each change with the profile's id) and answers the rows. The installation's findings are told to
     * the supervisors and heads; a centre's own findings to those who answer for the centre (FindingNotifier).
     */
    public synchronized List<ComplianceRow> evaluate(long centre, PolicyProfile profile, String lang) {
        return evaluate(round(), centre, profile, lang);
    }

    /** The province's judgement within a round of one view (see {@link #evaluate(long, PolicyProfile, String)}). */
    public List<ComplianceRow> evaluate(Round round, String lang) {
        return evaluate(round, ComplianceStore.INSTALLATION, profiles.selected(), lang);
    }

    /** A centre's judgement within a round of one view (see {@link #evaluate(long, PolicyProfile, String)}). */
    public synchronized List<ComplianceRow> evaluate(Round round, long centre, PolicyProfile profile, String lang) {
        Instant now = clock.instant();
        Map<String, ComplianceStore.Current> before = store.current(centre);
        Map<String, Attestation> latest = round.latest;
        JudgedSites sites = centre == ComplianceStore.INSTALLATION ? JudgedSites.EVERY : JudgedSites.ofCentre(centre, centres.sitesOf(centre));
        List<ComplianceRow> rows = new ArrayList<>();
        for (Requirement r : catalogue.all()) {
            Judgement j = judge(r, latest.get(r.id()), now, profile, sites, round);
            ComplianceStore.Current was = before.get(r.id());
            boolean changed = store.record(centre, profile.id(), r.id(), was, j, now);
            boolean finding = ComplianceFindings.isFinding(j.state(), j.summary());
            boolean wasFinding = was != null && ComplianceFindings.isFinding(was.state(), was.summary());
            boolean siteBound = r.kind() == Requirement.Kind.automatic && checks.get(r.check()) instanceof SiteCheck;
            if (told(centre, siteBound, profile) && (finding ? !wasFinding || was.state() != j.state() : wasFinding)) {
                // a finding appears, turns (expiring → overdue) or is resolved: the supervisor and the head of the center are told,
                // a centre's own finding those who answer for that centre
                findings.publishEvent(new ComplianceFindingChanged(new ComplianceFinding(r.id(), r.article(), j.state(),
                        changed || was == null ? now : was.since(), j.summary(), j.said()), finding,
                        centre == ComplianceStore.INSTALLATION ? null : centre, siteBound));
            }
            rows.add(new ComplianceRow(r.id(), r.article(), r.seed(), r.kind(), j.state(), changed || was == null ? now : was.since(),
                    j.summary(), j.evidence(), r.text(lang), r.source(), j.said() == null ? null : j.said().key(),
                    j.said() == null ? null : j.said().args(), siteBound));
        }
        return rows;
    }

    /**
     * Whether a change of this judgement is told: the province's always; a centre's where it is the centre's own, a
     * requirement judged over its sites or roster, or any requirement when the centre follows a regulation other than
     * the province's (its thresholds, its findings). A centre judged as the province is would only repeat its messages.
     */
    private boolean told(long centre, boolean siteBound, PolicyProfile profile) {
        return centre == ComplianceStore.INSTALLATION || siteBound || !profile.id().equals(profiles.selected().id());
    }

    Judgement judge(Requirement r, Attestation latest, Instant now, PolicyProfile profile) {
        return judge(r, latest, now, profile, JudgedSites.EVERY);
    }

    Judgement judge(Requirement r, Attestation latest, Instant now, PolicyProfile profile, JudgedSites sites) {
        return judge(r, latest, now, profile, sites, null);
    }

    private Judgement judge(Requirement r, Attestation latest, Instant now, PolicyProfile profile, JudgedSites sites, Round round) {
        if (latest != null && latest.kind() == Attestation.Kind.not_applicable) {
            return new Judgement(ComplianceState.not_applicable, said("compliance.s.declared-not-applicable", "declared not applicable by {0}: {1}",
                    latest.attestedBy(), latest.note()),
                    List.of(attestationLink(r)));
        }
        return switch (r.kind()) {
            case not_applicable -> new Judgement(ComplianceState.not_applicable, r.reason(), List.of(attestationLink(r)),
                    new Said("compliance.reason." + r.id(), List.of(), r.reason()));
            case attestation -> attested(r, latest, now);
            case automatic -> automatic(r, now, profile, sites, round);
        };
    }

    private Judgement automatic(Requirement r, Instant now, PolicyProfile profile, JudgedSites sites, Round round) {
        ComplianceCheck check = checks.get(r.check());
        if (check == null) {
            return Judgement.noData(said("compliance.s.no-check", "no automatic check {0} in this build", r.check()), attestationLink(r));
        }
        if (round != null && !(check instanceof SiteCheck)) {
            // the province and each centre following this profile read the same registers: judged once per view
            return round.shared.computeIfAbsent(Map.entry(r.check(), profile), k -> run(r, check, now, profile, sites));
        }
        return run(r, check, now, profile, sites);
    }

    private Judgement run(Requirement r, ComplianceCheck check, Instant now, PolicyProfile profile, JudgedSites sites) {
        try {
            return check instanceof SiteCheck s ? s.judge(now, profile, sites) : check.judge(now, profile);
        } catch (RuntimeException e) {
            return Judgement.noData(said("compliance.s.check-failed", "the check {0} failed: {1}", r.check(), e.getMessage()), attestationLink(r));
        }
    }

    private Judgement attested(Requirement r, Attestation a, Instant now) {
        if (a == null) {
            return Judgement.noData(said("compliance.s.not-attested", "not attested yet: a responsible role confirms it with a note or document"), attestationLink(r));
        }
        String by = "attested by " + a.attestedBy() + " on " + a.attestedAt() + (a.hasDocument() ? " with " + a.documentName() : "")
                + ": " + a.note();
        // the uploaded document is the evidence: its attestation on the requirement's page, where it downloads
        List<Evidence> evidence = a.documentUrl() == null ? List.of(attestationLink(r))
                : List.of(attestationLink(r), Evidence.of(a.documentName(), "/ui/compliance/" + r.id() + "#attestation-" + a.id()));
        if (a.validUntil() != null && !a.validUntil().isAfter(now)) {
            return new Judgement(ComplianceState.overdue, by + "; expired " + a.validUntil(), evidence, attestedSaid("expired", a));
        }
        boolean soon = a.validUntil() != null && a.validUntil().isBefore(now.plus(REMINDER));
        return new Judgement(ComplianceState.attested, by + (soon ? EXPIRES_SOON + a.validUntil() : "; valid until " + a.validUntil()),
                evidence, attestedSaid(soon ? "soon" : a.validUntil() == null ? "open" : "valid", a));
    }

    /** The attestation's sentence as a key ("compliance.s.attested.valid", "….valid-doc") with who, when, note, until and document. */
    private static Said attestedSaid(String how, Attestation a) {
        String key = "compliance.s.attested." + how + (a.hasDocument() ? "-doc" : "");
        return new Said(key, java.util.stream.Stream.of(a.attestedBy(), a.attestedAt(), a.note(), a.validUntil(), a.hasDocument() ? a.documentName() : "")
                .map(o -> java.util.Objects.toString(o, "")).toList(), "");
    }

    static Evidence attestationLink(Requirement r) {
        return Evidence.link("compliance.ev.attestations", "attestations", "/ui/compliance/" + r.id() + "#attestations");
    }
}
