package vn.dcim.web.scope;

import io.micronaut.http.HttpRequest;
import vn.dcim.core.db.Paged;
import vn.dcim.web.api.Page;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One page of a short register (sites, rooms, racks, devices) for a limited account: the whole register is cut by the
 * scope first, then paged, so the count and the links are those of what the account may see.
 */
public final class ScopedPages {
    private ScopedPages() {
    }

    public static <E, V> Page<V> of(HttpRequest<?> request, List<E> all, Predicate<E> inScope, Function<E, V> view,
                                    int limit, int offset) {
        List<E> seen = all.stream().filter(inScope).toList();
        int from = Math.min(Paged.offset(offset), seen.size());
        int to = Math.min(from + Paged.limit(limit), seen.size());
        return Page.of(request, seen.size(), limit, offset, seen.subList(from, to).stream().map(view).toList());
    }
}
