package vn.dcim.web.api.stocktake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.stocktake.ScanResult;
import vn.dcim.core.stocktake.StocktakeReport;
import vn.dcim.core.stocktake.Stocktakes;
import vn.dcim.web.security.SignedIn;
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;

import java.util.List;

/**
 * Stock-takes of state assets (kiểm kê): the asset manager opens one for rooms of a site and closes
 * it; the report of found, misplaced and missing assets per room comes as JSON, PDF or XLSX.
 */
@Tag(name = "Stock-takes", description = "Physical stock-take of assets: open, progress per room, close, report")
@Controller("/api/stocktakes")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StocktakeController {
    private final Stocktakes stocktakes;
    private final StocktakeSheets sheets;
    private final ScopedEquipment scoped;

    @Serdeable
    record OpenCommand(@NotBlank @Size(max = 64) String siteId, @NotBlank @Size(max = 200) String name,
                       @Nullable @Size(max = 200) List<@Positive Long> roomIds) {
    }

    @Operation(summary = "Stock-takes, newest first, with their progress per room")
    @Get
    @ScopeAware(agencies = false)
    List<StocktakeViews.StocktakeView> list(@Parameter(hidden = true) Scope scope) {
        // staff limited to sites read their sites' stock-takes, cut in SQL
        return (scope.limited() ? stocktakes.ofSites(scope.siteIds()) : stocktakes.all()).stream().map(s -> StocktakeViews.StocktakeView.of(stocktakes.report(s.id()))).toList();
    }

    @Operation(summary = "Open a stock-take for rooms of a site (all its rooms when roomIds is empty)")
    @Post
    @Status(HttpStatus.CREATED)
    @ScopeAware(agencies = false)
    StocktakeViews.StocktakeView open(HttpRequest<?> request, @Valid @Body OpenCommand c, @Parameter(hidden = true) Scope scope) {
        if (!scoped.site(scope, c.siteId())) {
            throw new NotFoundException("site", c.siteId());
        }
        return StocktakeViews.StocktakeView.of(stocktakes.report(
                stocktakes.open(c.siteId(), c.name().trim(), c.roomIds(), SignedIn.name(request)).id()));
    }

    @Operation(summary = "A stock-take with its progress per room")
    @ScopeAware(id = ScopeAware.Id.stocktake, agencies = false)
    @Get("/{id}")
    StocktakeViews.StocktakeView get(@PathVariable long id) {
        return StocktakeViews.StocktakeView.of(stocktakes.report(id));
    }

    @Serdeable
    record MoveCommand(@Nullable @Positive @Max(100) Integer positionU) {
    }

    @Operation(summary = "Move it here: register a misplaced asset where the scan found it",
            description = "For a scan that said misplaced: the asset's room becomes the scanned room and, when a rack "
                    + "label was scanned, its rack that rack at positionU (else the U it had, when free). Audited; the "
                    + "scan then reads moved and the room counts the asset as found. Asset manager only.")
    @ScopeAware(id = ScopeAware.Id.stocktake, agencies = false)
    @Post("/{id}/scans/{scanId}/move")
    StocktakeViews.ScanView move(HttpRequest<?> request, @PathVariable long id,
                                 @PathVariable @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+") String scanId,
                                 @Valid @Body MoveCommand c) {
        ScanResult r = stocktakes.moveHere(id, scanId, c.positionU(), SignedIn.name(request));
        return StocktakeViews.ScanView.of(r, stocktakes.roomsOf(id).stream().filter(x -> x.id().equals(r.scan().roomId()))
                .findFirst().orElse(null));
    }

    @Operation(summary = "Close a stock-take: no more scans; its report is final")
    @ScopeAware(id = ScopeAware.Id.stocktake, agencies = false)
    @Post("/{id}/close")
    StocktakeViews.StocktakeView close(HttpRequest<?> request, @PathVariable long id) {
        stocktakes.close(id, SignedIn.name(request));
        return StocktakeViews.StocktakeView.of(stocktakes.report(id));
    }

    @Operation(summary = "Found, misplaced, unknown and missing assets per room")
    @ScopeAware(id = ScopeAware.Id.stocktake, agencies = false)
    @Get("/{id}/report")
    StocktakeViews.ReportView report(@PathVariable long id) {
        StocktakeReport r = stocktakes.report(id);
        return new StocktakeViews.ReportView(StocktakeViews.StocktakeView.of(r),
                r.rooms().stream().map(StocktakeViews.RoomReport::of).toList());
    }

    @Operation(summary = "The stock-take record (biên bản kiểm kê) in Vietnamese with the signatures block, as PDF")
    @ScopeAware(id = ScopeAware.Id.stocktake, agencies = false)
    @Get(value = "/{id}/report.pdf", produces = "application/pdf")
    HttpResponse<byte[]> pdf(@PathVariable long id) {
        return HttpResponse.ok(sheets.pdf(stocktakes.report(id))).contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "inline; filename=\"kiem-ke-" + id + ".pdf\"");
    }

    @Operation(summary = "The stock-take record as XLSX (one row per asset and outcome, Vietnamese headings)")
    @ScopeAware(id = ScopeAware.Id.stocktake, agencies = false)
    @Get(value = "/{id}/report.xlsx", produces = MediaType.MICROSOFT_EXCEL_OPEN_XML)
    HttpResponse<byte[]> xlsx(@PathVariable long id) {
        return HttpResponse.ok(sheets.xlsx(stocktakes.report(id))).contentType(MediaType.MICROSOFT_EXCEL_OPEN_XML)
                .header("Content-Disposition", "attachment; filename=\"kiem-ke-" + id + ".xlsx\"");
    }
}
