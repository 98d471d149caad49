package vn.dcim.web.api.asset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetColumns;
import vn.dcim.core.asset.AssetImport;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetFilter;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.asset.ImportResult;
import vn.dcim.core.asset.ImportRow;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.report.ReportLabels;
import vn.dcim.core.site.Places;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.security.SignedIn;

import java.util.List;

@Tag(name = "Assets")
@Controller("/api/assets")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor
public class AssetTransferController {
    private final AssetImport importer;
    private final AssetRegistry assets;
    private final Texts texts;
    private final Places places;
    private final vn.dcim.core.scope.ScopedEquipment scoped;

    @Operation(summary = "Import equipment from CSV or XLSX", description = "The file is the request body; the first "
            + "row names the columns as the export does. dryRun=true (default) lists every invalid row with its row "
            + "number, field and reason. A real import is all or nothing: with any bad row nothing is imported (422), "
            + "unless skipInvalid=true: then the good rows are imported and the bad ones listed as skipped.")
    // the register's file import writes anywhere in the centre: not scope-aware, a limited account is answered 404
    @Post(value = "/import", consumes = {"text/csv", MediaType.MICROSOFT_EXCEL_OPEN_XML, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    public HttpResponse<ImportResult> importFile(HttpRequest<?> request, @Body byte[] file,
                                                 @QueryValue(defaultValue = "true") boolean dryRun,
                                                 @QueryValue(defaultValue = "false") boolean skipInvalid) {
        List<ImportRow> rows = Spreadsheets.read(file);
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "the file has no data rows under its header row").explained("error.import.no-rows");
        }
        if (!dryRun && skipInvalid) {
            ImportResult result = told(request, importer.runSkippingInvalid(rows, SignedIn.name(request)));
            return result.imported() == 0 && !result.errors().isEmpty()
                    ? HttpResponse.<ImportResult>status(HttpStatus.UNPROCESSABLE_ENTITY).body(result)
                    : HttpResponse.ok(result);
        }
        ImportResult result = told(request, importer.run(rows, dryRun, SignedIn.name(request)));
        return !dryRun && !result.errors().isEmpty()
                ? HttpResponse.<ImportResult>status(HttpStatus.UNPROCESSABLE_ENTITY).body(result)
                : HttpResponse.ok(result);
    }

    private ReportLabels labels(HttpRequest<?> request) {
        return new ReportLabels(texts.locale(request).getLanguage());
    }

    private List<List<Object>> workbookRows(List<Asset> found, ReportLabels l) {
        Places.Lookup where = places.lookup();
        return found.stream().map(a -> AssetColumns.shown(a, k -> l.get(k), where)).toList();
    }

    /** The preview's reasons in the reader's language: the import screen shows them as they come. */
    private ImportResult told(HttpRequest<?> request, ImportResult result) {
        return result.told(why -> texts.get(request, why.key(), why.key(), why.args().toArray()));
    }

    @Operation(summary = "Export equipment as CSV or XLSX", description = "Same filters as the list; the file "
            + "can be edited and imported again.")
    @Get("/export")
    @vn.dcim.web.scope.ScopeAware
    public HttpResponse<byte[]> export(HttpRequest<?> request, @io.swagger.v3.oas.annotations.Parameter(hidden = true) vn.dcim.core.scope.Scope scope,
                                       @QueryValue(defaultValue = "csv") String format,
                                       @Nullable @QueryValue AssetKind kind, @Nullable @QueryValue AssetStatus status,
                                       @Nullable @QueryValue String siteId, @Nullable @QueryValue Long roomId,
                                       @Nullable @QueryValue Long rackId, @Nullable @QueryValue String owningAgency,
                                       @Nullable @QueryValue String q) {
        // "export what I see": a limited account's rows are cut by its scope in SQL
        List<Asset> found = assets.find(scoped.assetsFilter(scope, new AssetFilter(null, kind, status, siteId, roomId, rackId,
                owningAgency, q)));
        return switch (format) {
            case "csv" -> HttpResponse.ok(Spreadsheets.csv(AssetColumns.ALL, found.stream().map(AssetColumns::values).toList()))
                    .contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"assets.csv\"");
            // the sheet named for its content in the reader's language: "Tài sản", "Assets"
            // a workbook is read by people: headings, states and dates in their words, places by name (the import reads it back)
            case "xlsx" -> HttpResponse.ok(Spreadsheets.xlsx(texts.get(request, "nav.assets", "Assets"), AssetColumns.headings(labels(request)::get),
                            workbookRows(found, labels(request))))
                    .contentType(MediaType.MICROSOFT_EXCEL_OPEN_XML)
                    .header("Content-Disposition", "attachment; filename=\"assets.xlsx\"");
            default -> throw new InvalidInputException("format", "format is csv or xlsx").explained("error.import.format");
        };
    }
}
