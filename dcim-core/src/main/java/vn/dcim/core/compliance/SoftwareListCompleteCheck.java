package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.list;

/** Art. 10.1: the software list holds, for every entry, the nine fields the article names. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SoftwareListCompleteCheck implements ComplianceCheck {
    private final Jdbc jdbc;

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
