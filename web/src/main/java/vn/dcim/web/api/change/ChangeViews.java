package vn.dcim.web.api.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.Agencies;
import vn.dcim.core.agency.Agency;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.change.ChangeLink;
import vn.dcim.core.change.ChangeRequest;
import vn.dcim.core.change.ChangeStep;
import vn.dcim.core.change.Changes;
import vn.dcim.core.change.ConnectCheck;
import vn.dcim.core.change.StepDraw;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Rack;
import vn.dcim.core.text.Phrase;
import vn.dcim.web.i18n.Texts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A change as its readers see it: the request with the names behind its ids, its links and its checklist in their language. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeViews {
    private final Changes changes;
    private final Agencies agencies;
    private final AssetRegistry registry;
    private final LocationRegistry locations;
    private final Texts texts;
    private final ConnectCheck connectCheck;

    @Serdeable
    public record LinkView(long id, String portName, String portKind, long farPortId, String farPort) {
    }

    /**
     * A step; a "connect" to a PDU outlet says beside it what the outlet's readings showed after it was confirmed
     * ({@code draw}: rose, not_risen, no_readings, not_monitored, or waiting; {@code drawEvidence} in words).
     */
    @Serdeable
    public record StepView(long id, int seq, String action, String text, @Nullable Long rackId, @Nullable Integer uLow,
                           @Nullable Integer uHigh, @Nullable String outcome, @Nullable String difference,
                           @Nullable String confirmedBy, @Nullable Instant confirmedAt, @Nullable String draw,
                           @Nullable String drawEvidence, @Nullable Double drawBeforeW, @Nullable Double drawAfterW) {
    }

    @Serdeable
    public record ChangeView(ChangeRequest change, @Nullable String agency, @Nullable String asset, @Nullable String assetLabel,
                             @Nullable String fromRack, @Nullable String toRack, List<LinkView> links, List<StepView> steps) {
    }

    public ChangeView of(ChangeRequest c, HttpRequest<?> request) {
        List<ChangeLink> links = changes.linksOf(c.id());
        return view(c, links.stream().map(l -> new LinkView(l.id(), l.portName(), l.portKind(), l.farPortId(),
                        changes.farPortName(l.farPortId()))).toList(),
                changes.stepsOf(c.id()).stream().map(s -> step(c, s, links, request)).toList());
    }

    /** The list's row: the request and its names, without the checklist. */
    public ChangeView brief(ChangeRequest c) {
        return view(c, List.of(), List.of());
    }

    private ChangeView view(ChangeRequest c, List<LinkView> links, List<StepView> steps) {
        Asset asset = c.assetId() == null ? null : registry.find(c.assetId()).orElse(null);
        return new ChangeView(c, c.agencyId() == null ? null : agencies.find(c.agencyId()).map(Agency::name).orElse(null),
                asset == null ? null : asset.name(), asset == null ? null : asset.labelCode(), rack(c.fromRackId()), rack(c.toRackId()),
                links, steps);
    }

    StepView step(ChangeRequest c, ChangeStep s, List<ChangeLink> links, HttpRequest<?> request) {
        Phrase p = changes.describe(c, s, links);
        Optional<ConnectCheck.Check> check = connectCheck.of(s);
        StepDraw kept = check.map(ConnectCheck.Check::kept).orElse(null);
        Phrase evidence = check.map(ConnectCheck::describe).orElse(null);
        return new StepView(s.id(), s.seq(), s.action().name(), texts.get(request, p.key(), p.english(), p.args().toArray()),
                s.rackId(), s.uLow(), s.uHigh(), s.outcome() == null ? null : s.outcome().name(), s.difference(), s.confirmedBy(),
                s.confirmedAt(), check.isEmpty() ? null : kept == null ? "waiting" : kept.verdict().name(),
                evidence == null ? null : texts.get(request, evidence.key(), evidence.english(), evidence.args().toArray()),
                kept == null ? null : kept.beforeW(), kept == null ? null : kept.afterW());
    }

    private @Nullable String rack(@Nullable Long id) {
        return id == null ? null : locations.rack(id).map(Rack::name).orElse("#" + id);
    }
}
