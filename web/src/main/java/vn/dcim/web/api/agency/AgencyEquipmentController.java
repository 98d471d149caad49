package vn.dcim.web.api.agency;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.Agencies;
import vn.dcim.core.agency.AgencyEquipment;
import vn.dcim.core.agency.EquipmentKind;
import vn.dcim.core.agency.Holding;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.security.SignedIn;
import vn.dcim.core.agency.Held;
import vn.dcim.core.scope.ScopedHoldings;

import java.util.List;

/** What an agency owns (QĐ 11/2023 Điều 17.3): the list, giving a piece to it and taking it back. */
@Tag(name = "Agencies", description = "Hosted agencies, their equipment and documents (QĐ 11/2023 Điều 17)")
@Controller("/api/agencies")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AgencyEquipmentController {
    private final Agencies agencies;
    private final AgencyEquipment equipment;
    private final ScopedHoldings held;

    @Operation(summary = "What the agency owns", description = "Assets, monitored devices, racks, power connections, "
            + "licences and documents, each with its name and site. A limited account sees those of its scope.")
    @ScopeAware(id = ScopeAware.Id.agency)
    @Get("/{id}/equipment")
    List<Held> equipment(@PathVariable long id, @Parameter(hidden = true) Scope scope) {
        agencies.get(id);
        return held.of(id, scope);
    }

    @Operation(summary = "Give a piece of equipment or a document to the agency",
            description = "kind: asset, device, rack, power_link, licence or document; itemId its id in its register. "
                    + "A piece owned by another agency passes to this one (audited with the previous owner); "
                    + "404 if no such piece, 409 if the agency is retired.")
    @Put("/{id}/equipment/{kind}/{itemId}")
    Holding assign(HttpRequest<?> request, @PathVariable long id, @PathVariable EquipmentKind kind,
                   @PathVariable @Size(max = 64) String itemId) {
        return equipment.assign(id, kind, itemId, SignedIn.name(request));
    }

    @Operation(summary = "The piece is the centre's own again")
    @Delete("/{id}/equipment/{kind}/{itemId}")
    HttpResponse<Void> release(HttpRequest<?> request, @PathVariable long id, @PathVariable EquipmentKind kind,
                               @PathVariable @Size(max = 64) String itemId) {
        agencies.get(id);
        if (java.util.Objects.equals(equipment.owner(kind, itemId), id)) {
            equipment.release(kind, itemId, SignedIn.name(request));
        }
        return HttpResponse.noContent();
    }
}
