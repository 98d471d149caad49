package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;

/**
 * Who moves a work order (Art. 16.1): a supervisor signs work off and may move any order; a
 * technician of a crew takes unassigned orders for that crew and works only the crew's own.
 */
public record Worker(String name, @Nullable String crew, boolean supervisor) {
}
