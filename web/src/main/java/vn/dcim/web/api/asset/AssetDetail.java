package vn.dcim.web.api.asset;

import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.asset.AssetStatusChange;
import vn.dcim.core.asset.AssetView;
import vn.dcim.core.asset.Finding;

import java.util.List;

/** One asset with its lifecycle history and the rules it breaks. */
@Serdeable
public record AssetDetail(AssetView asset, List<StatusStep> history, List<Finding> findings,
                          @io.micronaut.core.annotation.Nullable vn.dcim.core.asset.Depreciation depreciation) {

    @Serdeable
    public record StatusStep(String from, String to, String reason, String by, String at) {
        public static StatusStep of(AssetStatusChange c) {
            return new StatusStep(c.fromStatus() == null ? null : c.fromStatus().name(), c.toStatus().name(),
                    c.reason(), c.changedBy(), c.changedAt().toString());
        }
    }
}
