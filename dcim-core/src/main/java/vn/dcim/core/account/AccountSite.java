package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One site an account is limited to, and who said so (the sign-on provider's groups, or an administrator). */
@MappedEntity("account_site")
public record AccountSite(@Id @GeneratedValue @Nullable Long id, long accountId, String siteId, Instant assignedAt,
                          String assignedBy) {
}
