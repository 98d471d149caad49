package vn.dcim.core.licence;

import io.micronaut.core.annotation.Introspected;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether the software list is kept as the regulation asks (QĐ 11/2023 Art. 10.1, 10.3, 21.1e): every entry with the
 * nine fields, licensed, its licence not run out. Picked out in SQL; the entries' names for the sentences that list them.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SoftwareRecords {
    private final SoftwareAssetRepository software;

    /** An entry of the software list by its id and name. */
    @Introspected
    public record Entry(long id, String name) {
    }

    /** An entry whose licence runs out on {@code end}: its name and version. */
    @Introspected
    public record LicenceEnd(long id, String name, LocalDate end) {
    }

    /** How many entries the software list holds. */
    public int count() {
        return (int) software.count();
    }

    /** The entries whose licence ran out before {@code today}, and unless {@code expiredOnly} those with no licence information. */
    public List<Entry> unlicensed(LocalDate today, boolean expiredOnly) {
        return expiredOnly ? software.findExpiredBefore(today) : software.findExpiredOrUnlicensed(today);
    }

    /** The entries missing one of the nine fields Art. 10.1 names. */
    public List<Entry> incomplete() {
        return software.findIncomplete();
    }

    /** Every entry with a licence end date, named by its name and version: the daily expiry warning tells each. */
    public List<LicenceEnd> licenceEnds() {
        return software.findLicenceEnds();
    }
}
