package vn.dcim.core.account

import spock.lang.Specification

import java.time.Duration

/**
 * A site may set the account rules stricter than the regulation, never looser (Art. 15.1, 16.2, 16.3; QĐ 22/2021
 * Art. 6.1–6.2): a looser setting is taken at the regulation's bound by the settings record itself, so the sign-in
 * that enforces it and the compliance check that judges it read the same number.
 */
class RegulationBoundsSpec extends Specification {

    def "password settings #what: configured #configured, enforced #enforced"() {
        expect:
        read(new PasswordSettings(*configured)) == enforced

        where:
        what                                 | configured                                               || enforced
        'the regulation\'s own'              | [8, 11, 5, Duration.ofDays(60), Duration.ofDays(90)]      || [8, 11, 5, Duration.ofDays(60), Duration.ofDays(90)]
        'a stricter site keeps its numbers'  | [12, 14, 10, Duration.ofDays(30), Duration.ofDays(45)]    || [12, 14, 10, Duration.ofDays(30), Duration.ofDays(45)]
        'looser numbers: the bounds instead' | [6, 8, 2, Duration.ofDays(120), Duration.ofDays(365)]     || [8, 11, 5, Duration.ofDays(60), Duration.ofDays(90)]
    }

    def "lockout after #configured wrong passwords is enforced after #enforced (Art. 16.2: at most 5)"() {
        expect:
        new LockoutSettings(configured, Duration.ofMinutes(30)).attempts() == enforced

        where:
        configured || enforced
        5          || 5
        3          || 3
        10         || 5
        0          || 1
    }

    def "accounts idle #configured days are suspended after #enforced (Art. 16.3: at most 30)"() {
        expect:
        new AccountSettings(Duration.ofMinutes(10), configured, 20).idleDays() == enforced

        where:
        configured || enforced
        30         || 30
        14         || 14
        90         || 30
        0          || 1
    }

    def "an argon2id cost of #memory KiB and #passes passes is raised to at least 1 MiB and 1 pass"() {
        expect:
        new PasswordHashSettings(memory, passes).with { [memoryKib(), iterations()] } == enforced

        where:
        memory | passes || enforced
        16384  | 2      || [16384, 2]
        8      | 0      || [1024, 1]
    }

    static List read(PasswordSettings s) {
        [s.minLength(), s.minLengthAdmin(), s.history(), s.maxAgePrivileged(), s.maxAgeOther()]
    }
}
