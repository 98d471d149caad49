package vn.dcim.core.licence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dcim.core.asset.AssetFindings;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.db.Paged;
import vn.dcim.core.site.RoomKind;
import vn.dcim.core.site.RoomRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registry entries that break a rule of the regulation (Art. 6.1, 7.1, 10.3, 21.1e): the findings of
 * every asset, then of every software asset. Findings are judged when read (today's date, the room an
 * asset stands in, a licence's seats against its installations) and stored nowhere, so this list is
 * judged and cut here rather than paged in SQL: a few hundred registry rows of one center.
 */
@Singleton
public class RegistryFindings {
    private final AssetRepository assets;
    private final RoomRepository rooms;
    private final AssetFindings assetFindings;
    private final SoftwareRegistry software;
    private final Clock clock;

    RegistryFindings(AssetRepository assets, RoomRepository rooms, AssetFindings assetFindings, SoftwareRegistry software, Clock clock) {
        this.assets = assets;
        this.rooms = rooms;
        this.assetFindings = assetFindings;
        this.software = software;
        this.clock = clock;
    }

    /** One finding of one entry: {@code entityType} is {@code asset} or {@code software_asset}. */
    public record Entry(String entityType, long entityId, String name, String article, String code, String message) {
    }

    /** The findings matching every filter given (null = any), asset ones first, a page of them with their count. */
    public Paged<Entry> find(@Nullable String article, @Nullable String code, @Nullable String entityType, int limit, int offset) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, RoomKind> roomKinds = new HashMap<>();
        rooms.findAll().forEach(r -> roomKinds.put(r.id(), r.kind()));
        List<Entry> all = new ArrayList<>();
        assets.findAllOrderById().forEach(a -> assetFindings.of(a, a.roomId() == null ? null : roomKinds.get(a.roomId()), today)
                .forEach(f -> all.add(new Entry("asset", a.id(), a.name(), f.article(), f.code(), f.message()))));
        software.all().forEach(s -> s.findings()
                .forEach(f -> all.add(new Entry("software_asset", s.id(), s.name(), f.article(), f.code(), f.message()))));
        List<Entry> matching = all.stream()
                .filter(f -> article == null || article.equals(f.article()))
                .filter(f -> code == null || code.equals(f.code()))
                .filter(f -> entityType == null || entityType.equals(f.entityType()))
                .toList();
        return new Paged<>(matching.size(), matching.stream().skip(Paged.offset(offset)).limit(Paged.limit(limit)).toList());
    }
}
