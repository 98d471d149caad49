package vn.dcim.core.schedule;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.Optional;

/**
 * The duties' run history as other features read it. Apart from {@link DutyScheduler}, which needs every duty and
 * so cannot be asked by a duty or a check that a duty runs.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DutyRuns {
    private final DutyRunRepository runs;

    /** A duty's last run (or misfire), if it ever ran. */
    public Optional<DutyRun> last(String dutyId) {
        return runs.findFirstByDutyIdOrderByIdDesc(dutyId);
    }
}
