package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.list;

/** Art. 10.3 and 21.1e: software is licensed, and no licence has run out. */
@Singleton
class SoftwareLicensedCheck extends KeyedCheck {
    private final Jdbc jdbc;
    private final boolean expiryOnly;

    @jakarta.inject.Inject
    SoftwareLicensedCheck(Jdbc jdbc) {
        this(jdbc, "software-licensed", false);
    }

    SoftwareLicensedCheck(Jdbc jdbc, String key, boolean expiryOnly) {
        super(key);
        this.jdbc = jdbc;
        this.expiryOnly = expiryOnly;
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<String[]> sw = jdbc.list("read software licences", "SELECT id, name, licence_kind, licence_expiry, licence_information FROM software_asset",
                rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
        Evidence all = Evidence.link("compliance.ev.software-assets", "software assets", "/ui/licences");
        if (sw.isEmpty()) {
            return Judgement.noData(said("compliance.s.software.empty", "the software list is empty"), all);
        }
        List<String[]> bad = sw.stream().filter(s -> (s[3] != null && LocalDate.parse(s[3]).isBefore(today))
                || (!expiryOnly && (s[4] == null || s[4].isBlank()))).toList();
        List<Evidence> evidence = new ArrayList<>(bad.stream().limit(10).map(s -> Evidence.of(s[1], "/ui/licences#licence-" + s[0])).toList());
        evidence.add(all);
        return Judgement.of(bad.isEmpty(), bad.isEmpty() ? said("compliance.s.software-licensed.ok", "{0} software asset(s) licensed, none expired", sw.size())
                : expiryOnly ? said("compliance.s.software-licensed.expired", "{0} licence(s) expired: {1}", bad.size(), list(bad.stream().map(s -> s[1]).toList()))
                : said("compliance.s.software-licensed.bad", "{0} without a valid licence: {1}", bad.size(), list(bad.stream().map(s -> s[1]).toList())), evidence);
    }
}
