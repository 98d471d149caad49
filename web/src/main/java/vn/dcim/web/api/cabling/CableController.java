package vn.dcim.web.api.cabling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.ImportResult;
import vn.dcim.core.asset.ImportRow;
import vn.dcim.core.cabling.Cable;
import vn.dcim.core.cabling.CableImport;
import vn.dcim.core.cabling.CableType;
import vn.dcim.core.cabling.Cabling;
import vn.dcim.core.cabling.NewCable;
import vn.dcim.core.cabling.Port;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.web.api.asset.PageLinks;
import vn.dcim.web.api.asset.Spreadsheets;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.pdf.LabelSheet;
import vn.dcim.web.pdf.LabelSize;
import vn.dcim.web.security.SignedIn;
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.scope.ScopedRecords;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Cables between two ports (Art. 8.1c): one at a time, a trunk in one form, a CSV sheet, and their labels. */
@Tag(name = "Cabling", description = "Ports of assets, cables between them, traces through patch panels")
@Controller("/api/cables")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CableController {
    private final Cabling cabling;
    private final CableImport importer;
    private final Texts texts;
    private final PageLinks links;
    private final ScopedRecords scoped;

    @Serdeable
    record CableCommand(@NotNull @Positive Long aPortId, @NotNull @Positive Long bPortId, @Nullable @Size(max = 64) String label,
                        @NotNull CableType type, @Nullable @Size(max = 32) String colour,
                        @Nullable @DecimalMin("0") @DecimalMax("999999") BigDecimal lengthM) {
    }

    @Serdeable
    record TrunkCommand(@NotNull @Positive Long aPortId, @NotNull @Positive Long bPortId, @NotNull @Min(1) @Max(96) Integer count,
                        @Nullable @Size(max = 60) String labelPrefix, @NotNull CableType type, @Nullable @Size(max = 32) String colour) {
    }

    @Operation(summary = "A cable with both ends")
    @ScopeAware(id = ScopeAware.Id.cable)
    @Get("/{id}")
    CablingViews.CableView get(@PathVariable long id) {
        return view(cabling.cable(id));
    }

    @Operation(summary = "Connect two ports with a cable",
            description = "Power ports connect to outlets with a power cable; data ports (interfaces, front and rear ports, "
                    + "console) with a data cable. A port with a cable is refused (409): one termination, one cable.")
    @Post
    @Status(HttpStatus.CREATED)
    @ScopeAware(agencies = false)
    CablingViews.CableView connect(HttpRequest<?> request, @Valid @Body CableCommand c, @Parameter(hidden = true) Scope scope) {
        ports(scope, c.aPortId(), c.bPortId());
        return view(cabling.connect(c.aPortId(), c.bPortId(), new NewCable(c.label(), c.type(), c.colour(), c.lengthM()),
                SignedIn.name(request)));
    }

    @Operation(summary = "Connect a trunk: count ports of A, from aPortId on, to as many of B, from bPortId on",
            description = "Ports are taken in their order on each asset among ports of the same kind. All or nothing. "
                    + "Labels are labelPrefix + 01, 02, ... when a prefix is given.")
    @Post("/trunk")
    @Status(HttpStatus.CREATED)
    @ScopeAware(agencies = false)
    List<CablingViews.CableView> trunk(HttpRequest<?> request, @Valid @Body TrunkCommand c, @Parameter(hidden = true) Scope scope) {
        ports(scope, c.aPortId(), c.bPortId());
        return cabling.connectTrunk(c.aPortId(), c.bPortId(), c.count(), c.labelPrefix(), c.type(), c.colour(),
                SignedIn.name(request)).stream().map(this::view).toList();
    }

    @Operation(summary = "Remove a cable")
    @ScopeAware(id = ScopeAware.Id.cable, agencies = false)
    @Delete("/{id}")
    HttpResponse<Void> disconnect(HttpRequest<?> request, @PathVariable long id) {
        cabling.disconnect(id, SignedIn.name(request));
        return HttpResponse.noContent();
    }

    @Operation(summary = "Import cables from CSV or XLSX",
            description = "Columns: label, a_asset, a_port, b_asset, b_port, type, colour, length_m (assets by label code). "
                    + "dryRun=true (default) lists every bad row with its row number, column and reason; a real import is "
                    + "all or nothing (422 with the rows when any is bad).")
    @Post(value = "/import", consumes = {"text/csv", MediaType.MICROSOFT_EXCEL_OPEN_XML, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    HttpResponse<ImportResult> importFile(HttpRequest<?> request, @Body byte[] file,
                                          @QueryValue(defaultValue = "true") boolean dryRun) {
        List<ImportRow> rows = Spreadsheets.read(file);
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "the file has no data rows under its header row").explained("error.import.no-rows");
        }
        ImportResult result = importer.run(rows, dryRun, SignedIn.name(request))
                .told(why -> texts.get(request, why.key(), why.key(), why.args().toArray()));
        return !dryRun && !result.errors().isEmpty()
                ? HttpResponse.<ImportResult>status(HttpStatus.UNPROCESSABLE_ENTITY).body(result)
                : HttpResponse.ok(result);
    }

    @Operation(summary = "Printable cable labels: the cable's label, both ends, and a QR code of its trace",
            description = "ids=1,2,3 or assetId (every cable on the asset's ports); size as the asset labels (a4, 62x29).")
    @Get(value = "/labels.pdf", produces = "application/pdf")
    @ScopeAware
    HttpResponse<byte[]> labels(HttpRequest<?> request, @Nullable @QueryValue String ids, @Nullable @QueryValue Long assetId,
                                @Nullable @QueryValue String size, @Parameter(hidden = true) Scope scope) {
        LabelSize labelSize = LabelSize.asked(size);
        Set<Long> chosen = new LinkedHashSet<>();
        if (ids != null && !ids.isBlank()) {
            try {
                Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Long::valueOf).forEach(chosen::add);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("ids", "ids is a comma-separated list of cable ids").explained("error.label.ids");
            }
        }
        if (assetId != null) {
            List<Port> ports = cabling.portsOf(assetId);
            cabling.cablesOn(ports).values().forEach(c -> chosen.add(c.id()));
        }
        if (chosen.isEmpty()) {
            throw new InvalidInputException(ids != null ? "ids" : "assetId", "no cable chosen: nothing to print").explained("error.cabling.no-labels");
        }
        for (long id : chosen) {
            if (!scoped.cable(scope, id)) {
                throw new NotFoundException("cable", id); // one foreign cable in the list: the sheet is not printed
            }
        }
        List<LabelSheet.Label> labels = new ArrayList<>();
        for (long id : chosen) {
            Cable c = cabling.cable(id);
            List<Port> ends = cabling.endsOf(id);
            String text = ends.size() == 2 ? end(ends.get(0)) + " ↔ " + end(ends.get(1)) : "—";
            labels.add(new LabelSheet.Label(c.display(), text, links.base(request) + "/ui/cabling/trace/" + ends.get(0).id()));
        }
        return HttpResponse.ok(LabelSheet.render(labels, labelSize))
                .contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "inline; filename=\"cable-labels.pdf\"");
    }

    /** Staff limited to sites cable only their sites' equipment: a port outside answers 404 as if absent. */
    private void ports(Scope scope, long... ids) {
        for (long id : ids) {
            if (!scoped.port(scope, id)) {
                throw new NotFoundException("port", id);
            }
        }
    }

    private String end(Port p) {
        Asset a = cabling.asset(p.assetId());
        return (a.labelCode() != null ? a.labelCode() : a.name()) + " " + p.name();
    }

    private CablingViews.CableView view(Cable c) {
        List<Port> ends = cabling.endsOf(c.id());
        Port a = ends.get(0);
        Port b = ends.get(1);
        return new CablingViews.CableView(c.id(), c.display(), c.label(), c.type(), c.colour(), c.lengthM(),
                CablingViews.PortBrief.of(a, cabling.asset(a.assetId())), CablingViews.PortBrief.of(b, cabling.asset(b.assetId())));
    }
}
