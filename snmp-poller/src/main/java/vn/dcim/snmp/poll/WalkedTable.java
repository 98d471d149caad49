package vn.dcim.snmp.poll;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What a walk of some table columns read, in index order, and why it stopped early if it did (the agent
 * stopped answering, answered with an error or misbehaved, or the walk reached its cap): the rows read
 * until then are kept, and the reason is told to the operator as a problem of the poll.
 */
public record WalkedTable(List<TableRow> rows, @Nullable String stopped) {
}
