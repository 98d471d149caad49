package vn.dcim.core.backup

import spock.lang.Specification

import java.time.Duration
import java.time.Instant

class BackupRegisterCheckSpec extends Specification {
    static final Instant NOW = Instant.parse('2026-11-22T00:00:00Z')

    def "#name: #expected"() {
        given:
        def dataset = new BackupDataset(1, name, 'Cổng DVC', important, frequencyDays, 2, null, null, null, null, false)
        def copies = copiesSpec.collect { days, location, verified ->
            new BackupCopy(null, 1, NOW - Duration.ofDays(days), location, verified, null)
        }

        expect:
        BackupRegisterCheck.problems(dataset, copies, NOW).collect { it.split(':')[0] }.toSet() == expected as Set

        where:
        name                         | important | frequencyDays | copiesSpec                                          || expected
        'fresh, two places'          | true      | 7             | [[1, 'NAS-1', true], [1, 'Tape vault', true]]       || []
        'fresh, one place'           | true      | 7             | [[1, 'NAS-1', true], [2, 'nas-1', true]]            || ['Art. 11.3']
        'too old'                    | true      | 7             | [[9, 'NAS-1', true], [9, 'Tape vault', true]]       || ['QĐ 11/2023 Art. 11.4, QĐ 22/2021 Art. 8.1']
        'unverified only'            | true      | 7             | [[1, 'NAS-1', false], [1, 'Tape vault', false]]     || ['Art. 11.4', 'Art. 11.3']
        'important capped at a month'| true      | 90            | [[40, 'NAS-1', true], [40, 'Tape vault', true]]     || ['QĐ 11/2023 Art. 11.4, QĐ 22/2021 Art. 8.1']
        'ordinary data, quarterly'   | false     | 90            | [[40, 'NAS-1', true], [40, 'Tape vault', true]]     || []
        'nothing at all'             | false     | 30            | []                                                  || ['Art. 11.4', 'Art. 11.3']
    }
}
