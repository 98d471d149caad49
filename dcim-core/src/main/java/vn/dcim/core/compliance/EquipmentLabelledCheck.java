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

/** Art. 7.1: every piece of equipment in service is named and carries its asset label. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EquipmentLabelledCheck implements SiteCheck {
    private final Jdbc jdbc;

    @Override
    public String key() {
        return "equipment-labelled";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        List<String[]> assets = jdbc.list("read assets", "SELECT id, name, label_code FROM asset WHERE status IN ('in_service', 'under_repair', 'faulty') AND " + sites.sql("site_id"),
                rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}, sites.params());
        if (assets.isEmpty()) {
            return Judgement.noData(said("compliance.s.equipment-labelled.none", "no equipment registered"), Evidence.link("compliance.ev.assets", "assets", "/ui/assets"));
        }
        List<String[]> unlabelled = assets.stream().filter(a -> a[1] == null || a[1].isBlank() || a[2] == null || a[2].isBlank()).toList();
        List<Evidence> evidence = new ArrayList<>(unlabelled.stream().limit(10).map(a -> Evidence.of(a[1], "/ui/assets/" + a[0])).toList());
        evidence.add(Evidence.link("compliance.ev.assets", "assets", "/ui/assets"));
        return Judgement.of(unlabelled.isEmpty(), unlabelled.isEmpty() ? said("compliance.s.equipment-labelled.ok", "{0} asset(s), all named and labelled", assets.size())
                : said("compliance.s.equipment-labelled.bad", "{0} of {1} asset(s) without a label: {2}", unlabelled.size(), assets.size(),
                list(unlabelled.stream().map(a -> a[1]).toList())), evidence);
    }
}
