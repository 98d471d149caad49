package vn.dcim.core.scope;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The stored scope of one account: its sites as a comma-separated list, its agency. */
@MappedEntity("account_scope")
record AccountScope(@Id Long accountId, @Nullable String siteIds, @Nullable Long agencyId, Instant changedAt,
                    String changedBy) {

    Scope scope() {
        Set<String> sites = siteIds == null || siteIds.isBlank() ? Set.of()
                : Arrays.stream(siteIds.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return new Scope(sites, agencyId);
    }

    static @Nullable String column(Set<String> sites) {
        return sites.isEmpty() ? null : sites.stream().sorted().collect(Collectors.joining(","));
    }
}
