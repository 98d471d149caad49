package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.licence.SoftwareRecords;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.list;

/** Art. 10.3 and 21.1e: software is licensed, and no licence has run out. */
@Singleton
class SoftwareLicensedCheck extends KeyedCheck {
    private final SoftwareRecords software;
    private final boolean expiryOnly;

    @jakarta.inject.Inject
    SoftwareLicensedCheck(SoftwareRecords software) {
        this(software, "software-licensed", false);
    }

    SoftwareLicensedCheck(SoftwareRecords software, String key, boolean expiryOnly) {
        super(key);
        this.software = software;
        this.expiryOnly = expiryOnly;
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int sw = software.count();
        Evidence all = Evidence.link("compliance.ev.software-assets", "software assets", "/ui/licences");
        if (sw == 0) {
            return Judgement.noData(said("compliance.s.software.empty", "the software list is empty"), all);
        }
        List<SoftwareRecords.Entry> bad = software.unlicensed(today, expiryOnly);
        List<Evidence> evidence = Evidence.firstTen(bad, s -> Evidence.of(s.name(), "/ui/licences#licence-" + s.id()), all);
        return Judgement.of(bad.isEmpty(), bad.isEmpty() ? said("compliance.s.software-licensed.ok", "{0} software asset(s) licensed, none expired", sw)
                : expiryOnly ? said("compliance.s.software-licensed.expired", "{0} licence(s) expired: {1}", bad.size(), list(bad.stream().map(SoftwareRecords.Entry::name).toList()))
                : said("compliance.s.software-licensed.bad", "{0} without a valid licence: {1}", bad.size(), list(bad.stream().map(SoftwareRecords.Entry::name).toList())), evidence);
    }
}
