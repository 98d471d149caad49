package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.centre.Centre;
import vn.dcim.core.centre.Centres;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The regulation each centre is judged by, and its compliance view: a merged province's centres keep their former
 * provinces' regulations until the new province issues its own, so each follows a profile of its own. A centre
 * that never chose one follows the installation's (DCIM_COMPLIANCE_PROFILE). Every switch is kept, and every
 * change of a requirement's state names the profile that judged it: the history survives a switch.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CentreProfiles {
    private final Centres centres;
    private final PolicyProfiles profiles;
    private final ProfileSwitchRepository switches;
    private final ComplianceEvaluator evaluator;
    private final ComplianceStore store;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    /** The profile the centre follows now. */
    public PolicyProfile profileOf(long centreId) {
        centres.get(centreId);
        return switches.latest(centreId).flatMap(s -> profiles.find(s.profileId()))
                // a profile whose file was removed since: the installation's judges until the centre chooses again
                .orElse(profiles.selected());
    }

    /** The profile the centre followed at {@code at} (an auditor's period ends then): the installation's before its first choice. */
    public PolicyProfile profileAt(long centreId, java.time.Instant at) {
        centres.get(centreId);
        return switches.latestAt(centreId, at).flatMap(s -> profiles.find(s.profileId())).orElse(profiles.selected());
    }

    /** A centre as the province sees it now: the regulation it follows and its requirements judged over its own sites. */
    public record Judged(Centre centre, PolicyProfile profile, List<ComplianceRow> rows) {

        /** The rows that are findings (non-compliant, overdue, attestation running out). */
        public List<ComplianceRow> findings() {
            return rows.stream().filter(r -> ComplianceFindings.isFinding(r.state(), r.summary())).toList();
        }
    }

    /** Every centre judged now by its own profile over its own sites, each recorded apart (the province's view of its centres). */
    public List<Judged> evaluateAll(String lang) {
        return evaluateAll(evaluator.round(), lang);
    }

    /** Every centre judged within a round of one view (the province's page judges the province in the same round). */
    public List<Judged> evaluateAll(ComplianceEvaluator.Round round, String lang) {
        return centres.all().stream().map(c -> {
            PolicyProfile p = profileOf(c.id());
            return new Judged(c, p, evaluator.evaluate(round, c.id(), p, lang));
        }).toList();
    }

    /** The profile a name (id or former name such as bac-kan) selects; a clear refusal for one that is unknown. */
    public PolicyProfile known(@Nullable String profile) {
        if (profile == null || profile.isBlank()) {
            throw new InvalidInputException("profileId", "a compliance profile's id").explained("error.centre.profile", "");
        }
        return profiles.find(profile.strip()).orElseThrow(() -> new InvalidInputException("profileId",
                "no compliance profile " + profile + "; see GET /api/compliance/profiles").explained("error.centre.profile", profile));
    }

    /**
     * From now on the centre is judged by another profile (the province adopted its own regulation, or a merged
     * centre takes the other's). The requirements' past states stay, each with the profile that judged it.
     */
    public ProfileSwitch adopt(long centreId, String profile, @Nullable String reason, String by) {
        Centre c = centres.get(centreId);
        PolicyProfile p = known(profile);
        if (reason != null && reason.length() > 1000) {
            throw new InvalidInputException("reason", "at most 1000 characters").explained("error.centre.reason");
        }
        String before = switches.latest(centreId).map(ProfileSwitch::profileId).orElse(null);
        if (p.id().equals(before)) {
            throw new ConflictException("profileId", "the centre follows " + p.id() + " already").explained("error.centre.same-profile", p.id());
        }
        ProfileSwitch saved = switches.save(new ProfileSwitch(null, c.id(), p.id(), before, clock.instant(), by,
                reason == null || reason.isBlank() ? null : reason.strip()));
        audit.record(by, "centre", c.id(), "switch-profile", before == null ? null : Map.of("profileId", before), Map.of("profileId", p.id()));
        return saved;
    }

    /** Every profile the centre followed, oldest first, each from when. */
    public List<ProfileSwitch> switches(long centreId) {
        centres.get(centreId);
        return switches.ofCentre(centreId);
    }

    /** Every requirement judged for the centre by the profile it follows now. */
    public List<ComplianceRow> evaluate(long centreId, String lang) {
        return evaluator.evaluate(centreId, profileOf(centreId), lang);
    }

    /** The centre's latest changes of state of any requirement, newest first, across its switches of profile (at most {@code limit}). */
    public List<StateChange> latestChanges(long centreId, int limit) {
        centres.get(centreId);
        return store.latestChanges(centreId, limit);
    }

    /** Every change of a requirement at the centre, across its switches of profile, each naming the profile that judged it. */
    public List<StateChange> history(long centreId, String requirementId) {
        centres.get(centreId);
        catalogue.find(requirementId).orElseThrow(() -> new NotFoundException("requirement", requirementId));
        return store.history(centreId, requirementId);
    }
}
