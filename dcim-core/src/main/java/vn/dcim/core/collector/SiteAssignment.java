package vn.dcim.core.collector;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A site polled by a remote collector instead of the center's pollers, since when. */
@MappedEntity("site_collector")
record SiteAssignment(@Id String siteId, String collectorId, Instant assignedAt) {
}
