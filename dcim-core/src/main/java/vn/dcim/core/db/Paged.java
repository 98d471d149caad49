package vn.dcim.core.db;

import java.util.List;

/**
 * One page of a list read with LIMIT/OFFSET, with the count of every row the filter matches: what an API
 * page answers without the whole table in memory. The offset is the caller's, not rounded
 * to a multiple of the page size as a {@code Pageable} would.
 */
public record Paged<T>(long count, List<T> items) {

    /** The LIMIT of a page: at least one row, as the lists answered before paging moved into SQL. */
    public static int limit(int limit) {
        return Math.max(limit, 1);
    }

    /** The OFFSET of a page: a negative one reads from the start. */
    public static int offset(int offset) {
        return Math.max(offset, 0);
    }
}
