package vn.dcim.web.api.asset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetFilter;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.web.pdf.LabelSheet;
import vn.dcim.web.pdf.LabelSize;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Tag(name = "Assets")
@Controller("/api/assets")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor
public class AssetLabelController {
    private final AssetRegistry assets;
    private final PageLinks links;
    private final vn.dcim.core.scope.ScopedEquipment scoped;

    @Operation(summary = "Printable asset labels (Art. 7.1)", description = "Label code, name and a QR code of the "
            + "asset page ({dcim.public-url}/ui/assets/{id}). Select with ids=1,2,3, rack=<rack id> or the list "
            + "filters; size=a4 (3 × 8 labels of 70 × 37 mm) or 62x29 (label printer).")
    @Get(value = "/labels.pdf", produces = "application/pdf")
    @vn.dcim.web.scope.ScopeAware
    public HttpResponse<byte[]> labels(HttpRequest<?> request, @Nullable @QueryValue String ids,
                                       @Nullable @QueryValue Long rack, @Nullable @QueryValue AssetKind kind,
                                       @Nullable @QueryValue AssetStatus status, @Nullable @QueryValue String siteId,
                                       @Nullable @QueryValue Long roomId, @Nullable @QueryValue Long rackId,
                                       @Nullable @QueryValue String owningAgency, @Nullable @QueryValue String q,
                                       @Nullable @QueryValue String size,
                                       @io.swagger.v3.oas.annotations.Parameter(hidden = true) vn.dcim.core.scope.Scope scope) {
        LabelSize labelSize = LabelSize.asked(size);
        Set<Long> asked = parseIds(ids);
        if (asked != null && asked.stream().anyMatch(id -> !scoped.asset(scope, id))) {
            throw new vn.dcim.core.error.NotFoundException("asset", ids); // a foreign id among them: as if absent
        }
        // a limited account prints what it sees: the filter is narrowed to its scope in SQL
        AssetFilter filter = scoped.assetsFilter(scope, new AssetFilter(asked, kind, status, siteId, roomId,
                rack != null ? rack : rackId, owningAgency, q));
        List<LabelSheet.Label> labels = assets.find(filter).stream()
                .map(a -> new LabelSheet.Label(code(a), a.name(), links.assetPage(request, a.id())))
                .toList();
        if (labels.isEmpty()) {
            throw new InvalidInputException(ids != null ? "ids" : "q", "no asset matches: nothing to print").explained("error.label.none");
        }
        return HttpResponse.ok(LabelSheet.render(labels, labelSize))
                .contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "inline; filename=\"asset-labels.pdf\"");
    }

    private static String code(Asset a) {
        return a.labelCode() == null ? "—" : a.labelCode();
    }

    private static Set<Long> parseIds(@Nullable String ids) {
        if (ids == null || ids.isBlank()) {
            return null;
        }
        try {
            return Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Long::valueOf)
                    .collect(Collectors.toSet());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("ids", "ids is a comma-separated list of asset ids").explained("error.label.ids");
        }
    }
}
