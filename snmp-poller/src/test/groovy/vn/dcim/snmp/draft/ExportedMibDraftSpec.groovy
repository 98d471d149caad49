package vn.dcim.snmp.draft

import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.profile.ProfileCatalog

/**
 * Genset controllers whose MIB is exported from the controller's own configuration (ComAp InteliGen/InteliLite:
 * InteliConfig or LiteEdit writes it; OIDs and scales differ by firmware and configuration, so no profile can be
 * shipped) state each value's decimals and unit only in its DESCRIPTION, "DEC=1, UNIT='V'". Taught from a walk with
 * that MIB, the draft reads the scale and the unit from it. The module below is written for this spec in that
 * convention (a controller root under ComAp's enterprise 28634, values as scalars of its read-only group).
 */
class ExportedMibDraftSpec extends Specification {
    static final String MIB = '''
        COMAP-TEST-GENSET DEFINITIONS ::= BEGIN
        IMPORTS enterprises FROM RFC1155-SMI OBJECT-TYPE FROM RFC-1212;
        comapProjekt   OBJECT IDENTIFIER ::= { enterprises 28634 }
        il-test        OBJECT IDENTIFIER ::= { comapProjekt 14 }
        table-rd-cfg   OBJECT IDENTIFIER ::= { il-test 2 }
        vGen-V-L1-N OBJECT-TYPE
            SYNTAX INTEGER
            ACCESS read-only
            STATUS mandatory
            DESCRIPTION "DEC=0, UNIT='V'"
            ::= { table-rd-cfg 8192 }
        vGen-A-L2 OBJECT-TYPE
            SYNTAX INTEGER
            ACCESS read-only
            STATUS mandatory
            DESCRIPTION "DEC=0, UNIT='A'"
            ::= { table-rd-cfg 8199 }
        vGen-kW OBJECT-TYPE
            SYNTAX INTEGER
            ACCESS read-only
            STATUS mandatory
            DESCRIPTION "DEC=0, UNIT='kW'"
            ::= { table-rd-cfg 8202 }
        vGen-Freq OBJECT-TYPE
            SYNTAX INTEGER
            ACCESS read-only
            STATUS mandatory
            DESCRIPTION "DEC=1, UNIT='Hz'"
            ::= { table-rd-cfg 8210 }
        vBattery-Volts OBJECT-TYPE
            SYNTAX INTEGER
            ACCESS read-only
            STATUS mandatory
            DESCRIPTION "DEC=1, UNIT='V'"
            ::= { table-rd-cfg 8213 }
        END
        '''.stripIndent()

    static final String WALK = '''\
        1.3.6.1.2.1.1.1.0|4|InteliLite test controller
        1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.28634.14
        1.3.6.1.4.1.28634.14.2.8192.0|2|231
        1.3.6.1.4.1.28634.14.2.8199.0|2|87
        1.3.6.1.4.1.28634.14.2.8202.0|2|54
        1.3.6.1.4.1.28634.14.2.8210.0|2|501
        1.3.6.1.4.1.28634.14.2.8213.0|2|276
        '''.stripIndent()

    @Shared ProfileDraft draft = ProfileDrafter.draft(Walk.parse(WALK), MibIndex.of([MIB]), ProfileCatalog.load(), 'comap-genset')

    def "#object is drafted as #value #unit from DEC and UNIT in its DESCRIPTION"() {
        when:
        def c = draft.candidates().find { it.mibName() == object }

        then:
        c != null
        c.unit() == unit
        Math.abs(c.scaled(raw) - value) < 1e-9

        where:
        object           | raw || value  | unit
        'vGen-V-L1-N'    | 231 || 231    | 'V'
        'vGen-A-L2'      | 87  || 87     | 'A'
        'vGen-kW'        | 54  || 54_000 | 'W'
        'vGen-Freq'      | 501 || 50.1   | 'Hz'
        'vBattery-Volts' | 276 || 27.6   | 'V'
    }
}
