package vn.dcim.core.account

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec

import java.time.Duration
import java.time.Instant
import java.time.LocalDate

@MicronautTest(transactional = false)
class AccountInactivityDutySpec extends MariaDbSpec {
    static final Instant NOW = Instant.parse('2026-11-22T00:05:00Z')

    @Inject AccountInactivityDuty duty
    @Inject AccountRepository accounts

    def "an account last seen #idle days ago, valid until #validUntil, is #expected (Art. 16.3)"() {
        given:
        def name = 'u' + UUID.randomUUID().toString().take(8)
        def account = accounts.save(new Account(null, name, 'cổng-dvc', 'Trần Thị C', AccountStatus.active,
                idle == null ? null : NOW - Duration.ofDays(idle), validUntil, NOW - Duration.ofDays(created), null, null))

        when:
        duty.run(NOW)

        then:
        def after = accounts.findById(account.id()).get()
        after.status().name() == expected
        (after.suspendedWhy() ?: '').startsWith(why)

        where:
        idle | created | validUntil               || expected    | why
        29   | 400     | null                     || 'active'    | ''
        30   | 400     | null                     || 'suspended' | 'idle 30 days'
        120  | 400     | null                     || 'suspended' | 'idle 120 days'
        null | 10      | null                     || 'active'    | ''
        null | 31      | null                     || 'suspended' | 'idle 31 days'
        1    | 400     | LocalDate.of(2026, 11, 21) || 'suspended' | 'registration expired'
        1    | 400     | LocalDate.of(2026, 11, 22) || 'active'    | ''
    }
}
