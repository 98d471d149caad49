package vn.dcim.core.change;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ChangeBypassRepository extends CrudRepository<ChangeBypass, Long> {

    /** Newest first, the unseen ones only when asked, one page (cut in SQL). */
    @Query("SELECT * FROM change_bypass WHERE (:all = TRUE OR seen_at IS NULL) ORDER BY happened_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<ChangeBypass> page(boolean all, int limit, int offset);

    @Query("SELECT COUNT(*) FROM change_bypass WHERE (:all = TRUE OR seen_at IS NULL)")
    long countPage(boolean all);
}
