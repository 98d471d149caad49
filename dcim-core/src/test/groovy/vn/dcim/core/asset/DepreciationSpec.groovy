package vn.dcim.core.asset

import spock.lang.Specification

import java.time.LocalDate

class DepreciationSpec extends Specification {

    def "a #life-year asset bought #purchased for 120,000,000 ₫ has worn #accumulated by #asOf"() {
        expect:
        with(Depreciation.of(LocalDate.parse(purchased), 120_000_000g, life, LocalDate.parse(asOf))) {
            it.accumulated() == accumulated as BigDecimal
            it.residualValue() == 120_000_000g - (accumulated as BigDecimal)
        }

        where:
        purchased    | life | asOf         || accumulated
        '2024-01-15' | 5    | '2024-01-20' || 0
        '2024-01-15' | 5    | '2025-01-15' || 24_000_000
        '2024-01-15' | 5    | '2026-07-15' || 60_000_000
        '2020-01-01' | 5    | '2026-11-22' || 120_000_000
        '2026-01-01' | 8    | '2026-07-01' || 7_500_000
    }

    def "nothing to depreciate without a purchase date or value"() {
        expect:
        Depreciation.of(null, 1g, 5, LocalDate.now()) == null
        Depreciation.of(LocalDate.now(), null, 5, LocalDate.now()) == null
    }

    def "useful lives per kind are settings with defaults for plant and IT"() {
        given:
        def settings = new RegistrySettings()

        expect:
        settings.usefulLifeOf(AssetKind.server) == 5
        settings.usefulLifeOf(AssetKind.generator) == 10
        settings.usefulLifeOf(AssetKind.precision_cooling) == 8
    }
}
