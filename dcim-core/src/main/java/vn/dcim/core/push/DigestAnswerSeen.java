package vn.dcim.core.push;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A Digest answer (the hash of nonce, nc and cnonce) already accepted, kept while its nonce lives. */
@MappedEntity("push_digest_seen")
record DigestAnswerSeen(@Id String responseKey, Instant expiresAt) {
}
