package vn.dcim.core.asset;

import io.micronaut.serde.annotation.Serdeable;

/** A breach of the regulation found on a registry entry; article names the rule. */
@Serdeable
public record Finding(String article, String code, String message) {
}
