package vn.dcim.snmp.syslog

import spock.lang.Specification
import vn.dcim.core.devicelog.DeviceLogSeverity

import java.time.Instant
import java.time.ZoneId

class SyslogParserSpec extends Specification {
    static final Instant NOW = Instant.parse('2026-03-10T05:00:00Z')
    SyslogParser parser = new SyslogParser(ZoneId.of('Asia/Ho_Chi_Minh'))

    def "#format line: severity #severity, app #app, message '#message'"() {
        when:
        def m = parser.parse(line, NOW)

        then:
        m.format() == format
        m.severity() == severity
        m.appName() == app
        m.message() == message
        m.ts() == (ts == null ? null : Instant.parse(ts))

        where:
        line                                                                                              || format    | severity                     | app       | message                  | ts
        '<165>1 2026-03-10T11:59:58.123+07:00 ups-1 upsd 42 ONBATT [ev@32473 src="grid"] UPS on battery' || 'rfc5424' | DeviceLogSeverity.notice     | 'upsd'    | 'UPS on battery'         | '2026-03-10T04:59:58.123Z'
        '<11>1 - - - - - -'                                                                               || 'rfc5424' | DeviceLogSeverity.error      | null      | ''                       | null
        '<34>Mar 10 11:58:01 pdu-2 sshd[812]: Failed password for root'                                   || 'rfc3164' | DeviceLogSeverity.critical   | 'sshd'    | 'Failed password for root' | '2026-03-10T04:58:01Z'
        '<30>Mar  9 08:00:00 camera: motion\r\n'                                                           || 'rfc3164' | DeviceLogSeverity.info       | 'camera'  | 'motion'                 | '2026-03-09T01:00:00Z'
        'no header at all'                                                                                || 'plain'   | DeviceLogSeverity.notice     | null      | 'no header at all'       | null
        '<999>1 2026 broken'                                                                              || 'plain'   | DeviceLogSeverity.notice     | null      | '<999>1 2026 broken'     | null
        '<0>1 not-a-time host app - - line\nforged second line'                                          || 'rfc5424' | DeviceLogSeverity.emergency  | 'app'     | 'line forged second line' | null
    }

    def "structured data with escaped brackets and quotes is kept apart from the message"() {
        when:
        def m = parser.parse('<14>1 2026-03-10T05:00:00Z h a - id [x@1 k="a\\]b\\"c"][y@2 n="1"] rest', NOW)

        then:
        m.structuredData() == '[x@1 k="a\\]b\\"c"][y@2 n="1"]'
        m.message() == 'rest'
        m.msgId() == 'id'
    }
}
