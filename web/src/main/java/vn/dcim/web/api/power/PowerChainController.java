package vn.dcim.web.api.power;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.power.PowerChain;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.power.PowerImpact;
import vn.dcim.core.power.PowerLink;
import vn.dcim.core.power.PowerNode;
import vn.dcim.core.power.PowerNodeKind;

import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.scope.ScopedRecords;

import java.util.List;

/**
 * The power chain of a site as data (grid feed → ATS → UPS → PDU → rack, A/B cords, the generator
 * on an ATS input) and "what loses power if this fails?" on today's readings (Art. 30.8a).
 * <p>
 * The chain is a whole site's: staff limited to sites read and edit their sites' chains; an agency's account never
 * reaches it (it reads the power its own equipment draws at {@code /api/power-connections/draw}).
 */
@Tag(name = "Power chain", description = "Which feed, generator, ATS, UPS, PDU and rack feeds which; outage simulation")
@Controller("/api/power-chain")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PowerChainController {
    private final PowerChains chains;
    private final ScopedEquipment scoped;
    private final ScopedRecords records;

    @Serdeable
    record NodeView(long id, String display, PowerNodeKind kind, String siteId, @Nullable String deviceId,
                    @Nullable Long rackId, @Nullable Long feedId) {
        static NodeView of(PowerNode n) {
            return new NodeView(n.id(), n.name(), n.kind(), n.siteId(), n.deviceId(), n.rackId(), n.feedId());
        }
    }

    @Serdeable
    record LinkView(long id, long upstreamId, long downstreamId, @Nullable String side) {
        static LinkView of(PowerLink l) {
            return new LinkView(l.id(), l.upstreamId(), l.downstreamId(), l.side());
        }
    }

    @Serdeable
    record ChainView(String siteId, List<NodeView> nodes, List<LinkView> links) {
    }

    @Serdeable
    record NodeCommand(@NotBlank @Size(max = 64) String siteId, @NotNull PowerNodeKind kind,
                       @NotBlank @Size(max = 200) String name, @Nullable @Size(max = 64) String deviceId,
                       @Nullable @Positive Long rackId, @Nullable @Positive Long feedId) {
    }

    @Serdeable
    record LinkCommand(@NotNull @Positive Long upstreamId, @NotNull @Positive Long downstreamId,
                       @Nullable @Pattern(regexp = "[AB]") String side) {
    }

    @Serdeable
    record ImpactView(NodeView element, PowerImpact.Effect effect, @Nullable Double batteryMinutes) {
    }

    @Operation(summary = "A site's power chain: its elements and which feeds which")
    @ScopeAware(agencies = false) // the site is checked by its name
    @Get("{?site}")
    ChainView chain(@QueryValue @NotBlank @Size(max = 64) String site) {
        PowerChain chain = chains.of(site);
        return new ChainView(site, chain.nodes().stream().map(NodeView::of).toList(),
                chain.links().stream().map(LinkView::of).toList());
    }

    @Operation(summary = "Add an element (feed, generator, ats, ups, pdu, rack)")
    @Post("/nodes")
    @Status(HttpStatus.CREATED)
    @ScopeAware(agencies = false)
    NodeView addNode(@Valid @Body NodeCommand c, @Parameter(hidden = true) Scope scope) {
        if (!scoped.site(scope, c.siteId()) || c.rackId() != null && !scoped.rack(scope, c.rackId())
                || c.deviceId() != null && !scoped.device(scope, c.deviceId())) {
            throw new NotFoundException("site", c.siteId());
        }
        return NodeView.of(chains.add(new PowerNode(null, c.siteId(), c.kind(), c.name(), c.deviceId(), c.rackId(), c.feedId())));
    }

    @Operation(summary = "Remove an element that has no links left")
    @ScopeAware(id = ScopeAware.Id.power_node, agencies = false)
    @Delete("/nodes/{id}")
    HttpResponse<Void> removeNode(@PathVariable long id) {
        chains.remove(id);
        return HttpResponse.noContent();
    }

    @Operation(summary = "Link: upstream feeds downstream (side A or B for a dual-corded load)")
    @Post("/links")
    @Status(HttpStatus.CREATED)
    @ScopeAware(agencies = false)
    LinkView link(@Valid @Body LinkCommand c, @Parameter(hidden = true) Scope scope) {
        for (long node : new long[]{c.upstreamId(), c.downstreamId()}) {
            if (!records.powerNode(scope, node)) {
                throw new NotFoundException("power node", node);
            }
        }
        return LinkView.of(chains.link(c.upstreamId(), c.downstreamId(), c.side()));
    }

    @Operation(summary = "Remove a link")
    @Delete("/links/{id}")
    @ScopeAware(id = ScopeAware.Id.power_link, agencies = false)
    HttpResponse<Void> unlink(@PathVariable long id) {
        chains.unlink(id);
        return HttpResponse.noContent();
    }

    @Operation(summary = "What loses power if this element fails",
            description = "On the chain and on today's readings: a UPS whose inputs are lost runs on battery for the "
                    + "runtime it reports now (null: it reports none); a generator in fault is no source.")
    @ScopeAware(id = ScopeAware.Id.power_node, agencies = false)
    @Get("/nodes/{id}/outage")
    List<ImpactView> outage(@PathVariable long id) {
        return chains.ifFails(id).stream()
                .map(i -> new ImpactView(NodeView.of(i.node()), i.effect(), i.batteryMinutes())).toList();
    }
}
