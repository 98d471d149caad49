package vn.dcim.core.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record SiteView(String id, String name, @Nullable String province, @Nullable String address) {
    public static SiteView of(Site s) {
        return new SiteView(s.id(), s.name(), s.province(), s.address());
    }
}
