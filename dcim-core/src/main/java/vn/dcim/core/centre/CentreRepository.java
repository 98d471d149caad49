package vn.dcim.core.centre;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CentreRepository extends CrudRepository<Centre, Long> {

    /** Centres by province and name, one page of them (paged in SQL). */
    @Query("SELECT * FROM centre ORDER BY province, name, id LIMIT :limit OFFSET :offset")
    List<Centre> page(int limit, int offset);

    Optional<Centre> findByCode(String code);

    // the sites each centre runs (a site is run by one centre at most)

    @Query("SELECT site_id FROM centre_site WHERE centre_id = :centreId ORDER BY site_id")
    List<String> findSitesOf(long centreId);

    @Query("SELECT centre_id FROM centre_site WHERE site_id = :siteId")
    Optional<Long> findCentreIdOf(String siteId);

    /** The centre runs the site from now on, instead of another one if another ran it. */
    @Query("INSERT INTO centre_site (site_id, centre_id) VALUES (:siteId, :centreId) ON DUPLICATE KEY UPDATE centre_id = VALUES(centre_id)")
    void assignSite(String siteId, long centreId);

    @Query("DELETE FROM centre_site WHERE site_id = :siteId AND centre_id = :centreId")
    int releaseSite(String siteId, long centreId);
}
