package vn.dcim.core.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A secret the installation made for itself on first start (never in git or configuration). */
@MappedEntity("installation_secret")
public record InstallationSecret(@Id String name, String secretValue, Instant createdAt) {
}
