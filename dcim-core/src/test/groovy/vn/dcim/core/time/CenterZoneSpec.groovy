package vn.dcim.core.time

import spock.lang.Specification

import java.time.ZoneId

/**
 * A server in Vietnam runs in Asia/Ho_Chi_Minh: the product keeps that as the center's zone for its
 * clock and runs the JVM in UTC, the zone every DATETIME holds (a +7 JVM read readings 7 hours late).
 */
class CenterZoneSpec extends Specification {
    TimeZone machine = TimeZone.default
    String property = System.getProperty(CenterZone.PROPERTY)

    def cleanup() {
        TimeZone.default = machine
        property == null ? System.clearProperty(CenterZone.PROPERTY) : System.setProperty(CenterZone.PROPERTY, property)
    }

    def "a machine in #machineZone: the JVM runs in UTC and the clock in #machineZone"() {
        given:
        System.clearProperty(CenterZone.PROPERTY)
        TimeZone.default = TimeZone.getTimeZone(machineZone)

        when:
        CenterZone.fixJvmToUtc(null)

        then:
        TimeZone.default.ID == 'UTC'
        new ClockFactory().clock(System.getProperty(CenterZone.PROPERTY)).zone == ZoneId.of(machineZone)

        where:
        machineZone << ['Asia/Ho_Chi_Minh', 'UTC']
    }

    def "a zone set for the center wins over the machine's"() {
        given:
        System.setProperty(CenterZone.PROPERTY, 'Asia/Bangkok')
        TimeZone.default = TimeZone.getTimeZone('Europe/Paris')

        when:
        CenterZone.fixJvmToUtc(null)

        then:
        TimeZone.default.ID == 'UTC'
        new ClockFactory().clock(System.getProperty(CenterZone.PROPERTY)).zone == ZoneId.of('Asia/Bangkok')
    }

    def "the launcher's DCIM_TIME_ZONE wins over the machine's zone"() {
        given:
        System.clearProperty(CenterZone.PROPERTY)
        TimeZone.default = TimeZone.getTimeZone('Europe/Paris')

        when:
        CenterZone.fixJvmToUtc(' ')
        String blank = System.getProperty(CenterZone.PROPERTY)
        System.clearProperty(CenterZone.PROPERTY)
        TimeZone.default = TimeZone.getTimeZone('Europe/Paris')
        CenterZone.fixJvmToUtc('Asia/Ho_Chi_Minh')

        then:
        blank == 'Europe/Paris'
        System.getProperty(CenterZone.PROPERTY) == 'Asia/Ho_Chi_Minh'
        TimeZone.default.ID == 'UTC'
    }
}
