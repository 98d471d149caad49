package vn.dcim.core.site

import spock.lang.Specification

/** A place is told as site › room › rack › U, never as a bare "U42" nor as ids. */
class PlacesSpec extends Specification {
    static final Places.Lookup NAMES = new Places.Lookup(['lc': 'TTTHDL Lào Cai'], [5L: 'Phòng máy chủ'], [7L: 'R07'])

    def "site #site, room #room, rack #rack, U #u read '#told'"() {
        expect:
        NAMES.of(site, room, rack, u) == told

        where:
        site | room | rack | u    || told
        'lc' | 5L   | 7L   | 42   || 'TTTHDL Lào Cai › Phòng máy chủ › R07 › U42'
        'lc' | 5L   | null | null || 'TTTHDL Lào Cai › Phòng máy chủ'
        'lc' | null | null | null || 'TTTHDL Lào Cai'
        'lc' | 9L   | 8L   | 3    || 'TTTHDL Lào Cai › #9 › #8 › U3'
        null | null | null | null || ''
    }
}
