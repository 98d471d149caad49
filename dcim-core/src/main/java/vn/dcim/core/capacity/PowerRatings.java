package vn.dcim.core.capacity;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.power.PowerNode;
import vn.dcim.core.power.PowerNodeKind;
import vn.dcim.core.power.PowerChains;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rated capacity of the chain's grid feeds, UPSs and PDUs (the breaker's or the nameplate's kW): what
 * their measured and allocated power fill. Kept beside the chain, one value per element; none means the
 * element's forecast draws a trend without a "full on" day.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PowerRatings {
    static final Set<PowerNodeKind> RATED = Set.of(PowerNodeKind.feed, PowerNodeKind.ups, PowerNodeKind.pdu);
    /** A provincial centre's grid feed is a few hundred kW; a typo of three zeros is not a rating. */
    static final BigDecimal MOST_KW = new BigDecimal("100000");

    private final PowerChains chains;
    private final PowerRatingRepository ratings;
    private final Clock clock;

    /** A chain element that can be rated, and its rating (null: none recorded). */
    @io.micronaut.serde.annotation.Serdeable
    public record Rated(long nodeId, String siteId, PowerNodeKind kind, String name, @Nullable Double ratedKw) {
    }

    /** The site's feeds, UPSs and PDUs in chain order, with their ratings. */
    public List<Rated> ofSite(String siteId) {
        Map<Long, Double> all = all();
        return chains.of(siteId).nodes().stream().filter(n -> RATED.contains(n.kind()))
                .sorted(Comparator.comparing((PowerNode n) -> n.kind()).thenComparing(PowerNode::name))
                .map(n -> new Rated(n.id(), n.siteId(), n.kind(), n.name(), all.get(n.id()))).toList();
    }

    /** One element with its rating. */
    public Rated of(long nodeId) {
        PowerNode n = chains.node(nodeId);
        return new Rated(n.id(), n.siteId(), n.kind(), n.name(), all().get(nodeId));
    }

    /** Every rating, kW by chain element. */
    public Map<Long, Double> all() {
        Map<Long, Double> out = new HashMap<>();
        ratings.findAll().forEach(r -> out.put(r.nodeId(), r.ratedKw().doubleValue()));
        return out;
    }

    /** Sets (or with null, clears) an element's rating. */
    public void set(long nodeId, @Nullable BigDecimal ratedKw, @Nullable String by) {
        PowerNode node = chains.node(nodeId);
        if (!RATED.contains(node.kind())) {
            throw new InvalidInputException("nodeId", "only a feed, UPS or PDU has a rated capacity, not a " + node.kind())
                    .explained("error.capacity.rating-kind", node.kind());
        }
        if (ratedKw == null) {
            ratings.deleteById(nodeId);
            return;
        }
        if (ratedKw.signum() <= 0 || ratedKw.compareTo(MOST_KW) > 0 || ratedKw.stripTrailingZeros().scale() > 3) {
            throw new InvalidInputException("ratedKw", "a rated capacity is more than 0 and at most 100000 kW, to the watt, not " + ratedKw)
                    .explained("error.capacity.rating-range", ratedKw.toPlainString());
        }
        ratings.set(nodeId, ratedKw, by, clock.instant());
    }
}
