package vn.dcim.core.site;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;
import java.util.function.LongUnaryOperator;
import java.util.function.ToLongFunction;

/**
 * A {@link LocationOccupant} whose things are one kind, counted by its own repository's finders: each feature
 * only says what it calls its things and how it counts them in a site, a room and a rack. A feature whose things
 * never stand in rooms or racks gives no counter there, and so answers nothing for them.
 */
public abstract class CountedOccupant implements LocationOccupant {
    private final String kind;
    private final ToLongFunction<String> inSite;
    private final @Nullable LongUnaryOperator inRoom;
    private final @Nullable LongUnaryOperator inRack;

    protected CountedOccupant(String kind, ToLongFunction<String> inSite) {
        this(kind, inSite, null, null);
    }

    protected CountedOccupant(String kind, ToLongFunction<String> inSite, @Nullable LongUnaryOperator inRoom, @Nullable LongUnaryOperator inRack) {
        this.kind = kind;
        this.inSite = inSite;
        this.inRoom = inRoom;
        this.inRack = inRack;
    }

    @Override
    public Map<String, Long> inSite(String siteId) {
        return Map.of(kind, inSite.applyAsLong(siteId));
    }

    @Override
    public Map<String, Long> inRoom(long roomId) {
        return inRoom == null ? Map.of() : Map.of(kind, inRoom.applyAsLong(roomId));
    }

    @Override
    public Map<String, Long> inRack(long rackId) {
        return inRack == null ? Map.of() : Map.of(kind, inRack.applyAsLong(rackId));
    }
}
