package vn.dcim.core.licence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetFindings;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.asset.Finding;
import vn.dcim.core.db.Paged;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Registry entries that break a rule of the regulation (Art. 6.1, 7.1, 10.3, 21.1e): the findings of
 * every asset, then of every software asset. Which entries break which rule is asked of SQL, filtered,
 * counted and cut there ({@link FindingsQuery}); the words of a finding on the page are
 * those of {@link AssetFindings} and {@link SoftwareFindings}, which judge one entry.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegistryFindings {
    private final AssetRepository assets;
    private final RoomRepository rooms;
    private final AssetFindings assetFindings;
    private final SoftwareRegistry software;
    private final FindingsQuery query;
    private final Clock clock;

    /** One finding of one entry: {@code entityType} is {@code asset} or {@code software_asset}. */
    public record Entry(String entityType, long entityId, String name, String article, String code, String message) {
    }

    /** The findings matching every filter given (null = any), asset ones first, a page of them with their count. */
    public Paged<Entry> find(@Nullable String article, @Nullable String code, @Nullable String entityType, int limit, int offset) {
        Paged<FindingsQuery.Found> page = query.page(article, code, entityType, limit, offset);
        return new Paged<>(page.count(), worded(page.items(), LocalDate.now(clock)));
    }

    /** The page's findings with the entry's name and the words its rule gives them. */
    private List<Entry> worded(List<FindingsQuery.Found> page, LocalDate today) {
        List<Long> assetIds = page.stream().filter(f -> "asset".equals(f.entityType())).map(FindingsQuery.Found::entityId).distinct().toList();
        List<Long> softwareIds = page.stream().filter(f -> !"asset".equals(f.entityType())).map(FindingsQuery.Found::entityId).distinct().toList();
        Map<Long, Asset> assetsById = assetIds.isEmpty() ? Map.of() : assets.findByIdInListOrderById(assetIds).stream()
                .collect(Collectors.toMap(Asset::id, Function.identity()));
        List<Long> roomIds = assetsById.values().stream().map(Asset::roomId).filter(Objects::nonNull).distinct().toList();
        Map<Long, Room> roomsById = new HashMap<>();
        if (!roomIds.isEmpty()) {
            rooms.findByIdInList(roomIds).forEach(r -> roomsById.put(r.id(), r));
        }
        Map<Long, SoftwareAssetView> softwareById = software.views(softwareIds).stream()
                .collect(Collectors.toMap(SoftwareAssetView::id, Function.identity()));
        List<Entry> out = new ArrayList<>();
        for (FindingsQuery.Found f : page) {
            String name;
            List<Finding> judged;
            if ("asset".equals(f.entityType())) {
                Asset a = assetsById.get(f.entityId());
                Room room = a == null || a.roomId() == null ? null : roomsById.get(a.roomId());
                name = a == null ? null : a.name();
                judged = a == null ? List.of() : assetFindings.of(a, room == null ? null : room.kind(), today);
            } else {
                SoftwareAssetView s = softwareById.get(f.entityId());
                name = s == null ? null : s.name();
                judged = s == null ? List.of() : s.findings();
            }
            String message = judged.stream().filter(j -> j.code().equals(f.code())).map(Finding::message).findFirst()
                    .orElse("Art. " + f.article() + ": " + f.code());
            out.add(new Entry(f.entityType(), f.entityId(), name, f.article(), f.code(), message));
        }
        return out;
    }
}
