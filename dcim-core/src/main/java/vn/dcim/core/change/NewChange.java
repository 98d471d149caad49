package vn.dcim.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a request says: the kind, the equipment (registered in the registry, as planned for an install), where it goes
 * ({@code toRackId}, lowest U {@code toU}, its height
 * {@code heightU} when the registry does not know it yet), its power and network needs, the links to make or take away, the agency and
 * its letter (a stored document), the window it asks for, and who asks ({@code requestedBy}: an agency's person by name,
 * or, when blank, the person entering it).
 */
@Serdeable
public record NewChange(@Nullable ChangeKind kind, @Nullable String title, @Nullable Long agencyId, @Nullable Long assetId,
                        @Nullable String equipment, @Nullable Long toRackId, @Nullable Integer toU, @Nullable Integer heightU,
                        @Nullable Integer powerW,
                        @Nullable BigDecimal weightKg, @Nullable Integer networkPorts, @Nullable Long letterDocumentId,
                        @Nullable Instant windowStart, @Nullable Instant windowEnd, @Nullable String reason,
                        @Nullable String requestedBy, @Nullable List<Link> links) {

    /** A connection: the equipment's port by name and kind ({@code power_port} or {@code interface}), the far port by id. */
    @Serdeable
    public record Link(@Nullable String portName, @Nullable String portKind, @Nullable Long farPortId) {
    }
}
