package vn.dcim.web.api.asset;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import vn.dcim.core.asset.AssetStatus;

@Serdeable
public record StatusChangeRequest(@NotNull AssetStatus status, @NotBlank String reason) {
}
