package vn.dcim.core.compliance;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import vn.dcim.core.licence.SoftwareRecords;

import java.time.Clock;
import java.util.List;

import static vn.dcim.core.compliance.CheckText.list;
import static vn.dcim.core.compliance.Said.said;

/** The requirements on the software list, as data ({@link SoftwareListCheck}), judged on the centre's day (its clock's zone). */
@Factory
class SoftwareChecks {
    /** QĐ 11/2023 Điều 10 khoản 1: the software list holds, for every entry, the nine fields the article names. */
    @Singleton
    SoftwareListCheck softwareListComplete(SoftwareRecords software, BeanProvider<Clock> clock) {
        return new SoftwareListCheck("software-list-complete", software, new SoftwareListCheck.Rule(today -> software.incomplete(),
                sw -> said("compliance.s.software-list-complete.ok", "{0} software asset(s), all nine fields filled", sw),
                incomplete -> said("compliance.s.software-list-complete.bad", "{0} incomplete: {1}", incomplete.size(), names(incomplete))), () -> clock.get().getZone());
    }

    /** QĐ 11/2023 Điều 10 khoản 3 and Điều 21 khoản 1 điểm e: software is licensed, and no licence has run out. */
    @Singleton
    SoftwareListCheck softwareLicensed(SoftwareRecords software, BeanProvider<Clock> clock) {
        return new SoftwareListCheck("software-licensed", software, new SoftwareListCheck.Rule(today -> software.unlicensed(today, false),
                SoftwareChecks::licensed,
                bad -> said("compliance.s.software-licensed.bad", "{0} without a valid licence: {1}", bad.size(), names(bad))), () -> clock.get().getZone());
    }

    /** QĐ 11/2023 Điều 21 khoản 1 điểm e: licences are inventoried and their expiry managed, so that they are renewed in time. */
    @Singleton
    SoftwareListCheck licenceExpiryManaged(SoftwareRecords software, BeanProvider<Clock> clock) {
        return new SoftwareListCheck("licence-expiry-managed", software, new SoftwareListCheck.Rule(today -> software.unlicensed(today, true),
                SoftwareChecks::licensed,
                expired -> said("compliance.s.software-licensed.expired", "{0} licence(s) expired: {1}", expired.size(), names(expired))), () -> clock.get().getZone());
    }

    private static Said licensed(int sw) {
        return said("compliance.s.software-licensed.ok", "{0} software asset(s) licensed, none expired", sw);
    }

    private static String names(List<SoftwareRecords.Entry> entries) {
        return list(entries.stream().map(SoftwareRecords.Entry::name).toList());
    }
}
