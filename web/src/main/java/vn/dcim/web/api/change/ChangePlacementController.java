package vn.dcim.web.api.change;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.dcim.core.change.ChangeRequest;
import vn.dcim.core.change.Changes;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;

import java.util.List;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Where equipment can go: racks ranked for a need, or for an install's or a move's request, with the reasons told. */
@Tag(name = "Changes")
@Controller("/api/changes")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangePlacementController {
    private final Changes changes;
    private final vn.dcim.core.change.Placement placement;
    private final vn.dcim.web.i18n.Texts texts;
    private final ScopedEquipment scoped;

    /** A placement proposal as its reader reads it: the option and its reasons in the reader's language. */
    @Serdeable
    public record Proposal(vn.dcim.core.change.PlacementOption option, List<String> why) {
    }

    @Operation(summary = "Where equipment with these needs can go: racks with contiguous U, power headroom, A/B feeds, room "
            + "cooling headroom and free network ports, ranked with the reasons and the effect on the rack and room budgets")
    @Post("/placement")
    public List<Proposal> propose(@Body vn.dcim.core.change.PlacementNeed need,
                                  @QueryValue(defaultValue = "10") @Min(1) @Max(100) int limit, HttpRequest<?> request) {
        return told(placement.propose(need, limit), request);
    }

    @Operation(summary = "Where the equipment of an install or move can go (its height and power from the request)")
    @ScopeAware(id = ScopeAware.Id.change, agencies = false)
    @Get("/{id}/placement")
    public List<Proposal> proposeFor(@PathVariable long id, @QueryValue(defaultValue = "10") @Min(1) @Max(100) int limit,
                                     HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        ChangeRequest c = changes.get(id);
        // staff limited to sites are offered their sites' racks only: the ranking is asked for the whole register's
        // best (a short list, ranked in memory by the planner) and cut, so the scope never sees another site's rack
        List<vn.dcim.core.change.PlacementOption> options = placement.propose(new vn.dcim.core.change.PlacementNeed(c.height(),
                c.powerW(), null, c.networkPorts(), c.weightKg(), null, null), scope.limited() ? 100 : limit);
        return told(options.stream().filter(o -> scoped.rack(scope, o.rackId())).limit(limit).toList(), request);
    }

    List<Proposal> told(List<vn.dcim.core.change.PlacementOption> options, HttpRequest<?> request) {
        return options.stream().map(o -> new Proposal(o, o.reasons().stream()
                .map(p -> texts.get(request, p.key(), p.english(), p.args().toArray())).toList())).toList();
    }
}
