package vn.dcim.core.compliance

import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec

import javax.sql.DataSource
import java.time.Instant

/**
 * Base of the specs that judge compliance checks on situations they build in the database: every check the product
 * registers, found by its key, and one moment they are judged at.
 */
abstract class CheckJudgementSpec extends MariaDbSpec {
    static final Instant NOW = Instant.parse('2026-11-22T06:00:00Z')

    @Inject List<ComplianceCheck> checks
    @Inject DataSource dataSource

    /** The registered check of this key. */
    ComplianceCheck registered(String key) {
        checks.find { it.key() == key }
    }

    /** The check's judgement now, by the rules of this province's profile. */
    Judgement judge(String key, String profile = 'bac-kan') {
        registered(key).judge(NOW, PolicyProfiles.load(profile))
    }
}
