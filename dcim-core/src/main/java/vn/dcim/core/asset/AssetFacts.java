package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.util.Optional;

/**
 * What other features ask of one piece of equipment while they judge something else (an alarm's cause, a window's
 * reach): where it stands and how critical it is, read as stored, column by column.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssetFacts {
    private final Jdbc jdbc;

    /** The room and rack the equipment stands in, as registered (a racked asset may leave its room to its rack). */
    public record Placed(@Nullable Long roomId, @Nullable Long rackId) {
    }

    /** Where the equipment stands; empty for an id no equipment has. */
    public Optional<Placed> placeOf(long assetId) {
        return jdbc.list("read where equipment stands", "SELECT room_id, rack_id FROM asset WHERE id = ?",
                rs -> new Placed(rs.getObject(1, Long.class), rs.getObject(2, Long.class)), assetId).stream().findFirst();
    }

    /** Art. 7.4: how important the equipment is, as stored ({@link Criticality}'s names); empty for an unknown id. */
    public Optional<String> criticalityOf(long assetId) {
        return jdbc.list("read how critical equipment is", "SELECT criticality FROM asset WHERE id = ?", rs -> rs.getString(1), assetId)
                .stream().findFirst();
    }
}
