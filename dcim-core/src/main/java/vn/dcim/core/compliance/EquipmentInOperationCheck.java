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

/** Art. 6.1: only working equipment in the server rooms (no faulty or awaiting-disposal asset placed in a room or rack). */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EquipmentInOperationCheck implements SiteCheck {
    private final Jdbc jdbc;

    @Override
    public String key() {
        return "equipment-in-operation";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        List<String[]> placed = jdbc.list("read placed assets", "SELECT id, name, status FROM asset "
                + "WHERE (room_id IS NOT NULL OR rack_id IS NOT NULL) AND status <> 'disposed' AND " + sites.sql("site_id"),
                rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}, sites.params());
        if (placed.isEmpty()) {
            return Judgement.noData(said("compliance.s.equipment-in-operation.none", "no asset is placed in a room or rack"), Evidence.link("compliance.ev.assets", "assets", "/ui/assets"));
        }
        List<String[]> wrong = placed.stream().filter(a -> a[2].equals("faulty") || a[2].equals("awaiting_disposal")).toList();
        List<Evidence> evidence = new ArrayList<>(wrong.stream().limit(10).map(a -> Evidence.link("compliance.ev.asset-status", "{0} ({1})", "/ui/assets/" + a[0], a[1], "enum.asset-status." + a[2])).toList());
        evidence.add(Evidence.link("compliance.ev.assets", "assets", "/ui/assets"));
        return Judgement.of(wrong.isEmpty(), wrong.isEmpty() ? said("compliance.s.equipment-in-operation.ok", "{0} placed asset(s), none faulty or awaiting disposal", placed.size())
                : said("compliance.s.equipment-in-operation.bad", "{0} faulty or awaiting-disposal asset(s) still in the server rooms: {1}",
                wrong.size(), list(wrong.stream().map(a -> a[1]).toList())), evidence);
    }
}
