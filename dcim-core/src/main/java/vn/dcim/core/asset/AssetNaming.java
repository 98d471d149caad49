package vn.dcim.core.asset;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** An asset's name and label code as registered, read without the rest of its row. */
@Introspected
record AssetNaming(Long id, @Nullable String name, @Nullable String labelCode) {
    /** What people call it: its name, else its label code. */
    String called() {
        return name != null && !name.isEmpty() ? name : labelCode;
    }
}
