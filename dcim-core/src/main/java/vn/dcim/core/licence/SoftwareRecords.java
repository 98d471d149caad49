package vn.dcim.core.licence;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether the software list is kept as the regulation asks (QĐ 11/2023 Art. 10.1, 10.3, 21.1e): every entry with the
 * nine fields, licensed, its licence not run out. Picked out in SQL; the entries' names for the sentences that list them.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SoftwareRecords {
    private final Jdbc jdbc;

    /** An entry of the software list by its id and name. */
    public record Entry(long id, String name) {
    }

    /** An entry whose licence runs out on {@code end}: its name and version. */
    public record LicenceEnd(long id, String name, LocalDate end) {
    }

    /** How many entries the software list holds. */
    public int count() {
        return jdbc.list("count software assets", "SELECT COUNT(*) FROM software_asset", rs -> rs.getInt(1)).get(0);
    }

    /** The entries whose licence ran out before {@code today}, and unless {@code expiredOnly} those with no licence information. */
    public List<Entry> unlicensed(LocalDate today, boolean expiredOnly) {
        return jdbc.list("read software without a valid licence", "SELECT id, name FROM software_asset WHERE licence_expiry < ?"
                        + (expiredOnly ? "" : " OR COALESCE(licence_information, '') NOT REGEXP '[^[:space:]]'") + " ORDER BY id",
                rs -> new Entry(rs.getLong(1), rs.getString(2)), today);
    }

    /** The entries missing one of the nine fields Art. 10.1 names. */
    public List<Entry> incomplete() {
        return jdbc.list("read incomplete software assets", "SELECT id, name FROM software_asset WHERE asset_value IS NULL OR licence_information IS NULL "
                        + "OR licence_information = '' OR purpose = '' OR scope_of_use = '' OR managing_body = '' OR version = '' OR storage_location = '' "
                        + "ORDER BY id",
                rs -> new Entry(rs.getLong(1), rs.getString(2)));
    }

    /** Every entry with a licence end date, named by its name and version: the daily expiry warning tells each. */
    public List<LicenceEnd> licenceEnds() {
        return jdbc.list("read licence ends", "SELECT id, CONCAT_WS(' ', name, version), licence_expiry FROM software_asset "
                        + "WHERE licence_expiry IS NOT NULL ORDER BY id",
                rs -> new LicenceEnd(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)));
    }
}
