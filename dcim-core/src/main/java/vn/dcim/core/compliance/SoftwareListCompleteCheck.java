package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.licence.SoftwareRecords;

import java.time.Instant;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.list;

/** Art. 10.1: the software list holds, for every entry, the nine fields the article names. */
@Singleton
@CheckKey("software-list-complete")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SoftwareListCompleteCheck implements ComplianceCheck {
    private final SoftwareRecords software;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int sw = software.count();
        Evidence all = Evidence.link("compliance.ev.software-assets", "software assets", "/ui/licences");
        if (sw == 0) {
            return Judgement.noData(said("compliance.s.software.empty", "the software list is empty"), all);
        }
        List<SoftwareRecords.Entry> incomplete = software.incomplete();
        List<Evidence> evidence = Evidence.firstTen(incomplete, s -> Evidence.of(s.name(), "/ui/licences#licence-" + s.id()), all);
        return Judgement.of(incomplete.isEmpty(), incomplete.isEmpty() ? said("compliance.s.software-list-complete.ok", "{0} software asset(s), all nine fields filled", sw)
                : said("compliance.s.software-list-complete.bad", "{0} incomplete: {1}", incomplete.size(), list(incomplete.stream().map(SoftwareRecords.Entry::name).toList())), evidence);
    }
}
