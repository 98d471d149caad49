package vn.dcim.core.licence;

import jakarta.inject.Singleton;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Finding;
import vn.dcim.core.asset.RegistrySettings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Rules of the regulation checked on one software asset. */
@Singleton
@RequiredArgsConstructor
public class SoftwareFindings {
    private static final Set<LicenceKind> NOT_LICENSED = Set.of(LicenceKind.unlicensed, LicenceKind.unknown);
    private final RegistrySettings settings;

    public List<Finding> of(SoftwareAsset software, int installations, LocalDate today) {
        List<Finding> found = new ArrayList<>();
        if (software.licenceInformation() == null || software.licenceInformation().isBlank()) {
            found.add(new Finding("10.3", "missing_licence", "Art. 10.3: software must be licensed; no licence information recorded"));
        }
        if (NOT_LICENSED.contains(software.licenceKind())) {
            found.add(new Finding("10.3", "not_licensed", "Art. 10.3: licence kind is " + software.licenceKind()));
        }
        if (software.seats() != null && installations > software.seats()) {
            found.add(new Finding("10.3", "seats_exceeded", "Art. 10.3: installed on " + installations
                    + " devices but licensed for " + software.seats(), List.of(String.valueOf(installations), String.valueOf(software.seats()))));
        }
        if (software.licenceExpiry() != null) {
            if (software.licenceExpiry().isBefore(today)) {
                found.add(new Finding("21.1e", "licence_expired", "Art. 21.1e: licence expired on " + software.licenceExpiry(),
                        List.of(software.licenceExpiry().toString())));
            } else if (!software.licenceExpiry().isAfter(today.plusDays(settings.getExpiryWindowDays()))) {
                found.add(new Finding("21.1e", "licence_expiring", "Art. 21.1e: licence expires on "
                        + software.licenceExpiry() + " (within " + settings.getExpiryWindowDays() + " days): plan the renewal",
                        List.of(software.licenceExpiry().toString(), String.valueOf(settings.getExpiryWindowDays()))));
            }
        }
        return found;
    }
}
