package vn.dcim.web.api.asset;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.dcim.core.asset.AssetStatus;

@Serdeable
public record StatusChangeRequest(@NotNull AssetStatus status, @NotBlank @Size(max = 500) String reason) {
}
