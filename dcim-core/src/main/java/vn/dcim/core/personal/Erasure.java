package vn.dcim.core.personal;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What an erasure did: how many of each kind went, and what was kept with its reason (a legal hold in force, the
 * access log's lawful minimum). {@code outcome} is the request's.
 */
@Serdeable
public record Erasure(long requestId, SubjectRequest.Outcome outcome, long accessEvents, long pictures, int visits, int staffEntries,
                      List<String> kept) {
}
