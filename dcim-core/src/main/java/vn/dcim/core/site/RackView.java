package vn.dcim.core.site;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record RackView(long id, long roomId, String name, int heightU) {
    public static RackView of(Rack r) {
        return new RackView(r.id(), r.roomId(), r.name(), r.heightU());
    }
}
