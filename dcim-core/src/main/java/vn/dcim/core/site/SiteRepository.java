package vn.dcim.core.site;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SiteRepository extends CrudRepository<Site, String> {

    /** Sites by id, one page of them (paged in SQL). */
    @Query("SELECT * FROM site ORDER BY id LIMIT :limit OFFSET :offset")
    List<Site> page(int limit, int offset);

    String WITHIN = "(:anySite = TRUE OR id IN (:sites)) AND (:anyAgency = TRUE OR id IN (:agencySites))";

    /** The sites a limited account may see, one page of them by id (cut and paged in SQL). */
    @Query("SELECT * FROM site WHERE " + WITHIN + " ORDER BY id LIMIT :limit OFFSET :offset")
    List<Site> pageWithin(boolean anySite, Collection<String> sites, boolean anyAgency, Collection<String> agencySites,
                          int limit, int offset);

    @Query("SELECT COUNT(*) FROM site WHERE " + WITHIN)
    long countWithin(boolean anySite, Collection<String> sites, boolean anyAgency, Collection<String> agencySites);

    List<Site> findByIdInList(Collection<String> ids);
}
