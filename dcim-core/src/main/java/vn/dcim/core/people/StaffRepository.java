package vn.dcim.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StaffRepository extends CrudRepository<StaffEntry, Long> {
    /** The register's order: by name. */
    Sort BY_NAME = Sort.of(Sort.Order.asc("name"), Sort.Order.asc("id"));

    List<StaffEntry> findAll(Pageable pageable);

    void updateLeftAt(@Id Long id, Instant leftAt);

    /** Whose badge may open a door in [from, to]: the members with a badge who joined by {@code to} and had not left by {@code from}. */
    @Query("SELECT * FROM staff_member WHERE badge IS NOT NULL AND joined_at <= :to AND (left_at IS NULL OR left_at > :from)")
    List<StaffEntry> findBadgedWithin(Instant from, Instant to);

    /** How many leavers with a badge had left by {@code at} (both ends in). */
    long countByLeftAtLessThanEqualsAndBadgeIsNotNull(Instant at);

    List<StaffEntry> findByLeftAtLessThanAndBadgeIsNotNullOrderByName(Instant at);

    /** One person's entries ({@link PersonMatch}). */
    @Query("SELECT * FROM staff_member WHERE " + PersonMatch.STAFF + " ORDER BY id")
    List<StaffEntry> findOfPerson(@Nullable String name, @Nullable String badge);

    /** Erases one person's entries of a departure before {@code before}; a current member stays. */
    @Query("DELETE FROM staff_member WHERE " + PersonMatch.STAFF + " AND left_at IS NOT NULL AND left_at < :before")
    int deleteLeaversOfPerson(@Nullable String name, @Nullable String badge, Instant before);
}
