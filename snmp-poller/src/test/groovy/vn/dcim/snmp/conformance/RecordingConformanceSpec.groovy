package vn.dcim.snmp.conformance

import groovy.json.JsonSlurper
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.testing.PolledWalks
import vn.dcim.core.testing.SharedData
import vn.dcim.snmp.profile.ProfileCatalog

import java.nio.file.Files
import java.nio.file.Path

/**
 * For every sensor another monitoring system (LibreNMS) read from a real device's recording, the
 * poller reads the same value (within 0.5 %). A row may be excused only in known-gaps.txt, with its
 * reason; an excused row that starts matching fails too, so the list never outlives the gap.
 */
class RecordingConformanceSpec extends Specification {
    static final Set<String> CLASSES = ['voltage', 'current', 'charge', 'runtime', 'temperature', 'humidity', 'load',
                                        'frequency', 'power', 'state', 'fanspeed', 'pressure', 'airflow', 'cooling', 'percent'] as Set

    @Shared @AutoCleanup PolledWalks walks = PolledWalks.serve(recordings())
    @Shared Map<String, String> gaps = knownGaps()

    def "#recording #sensorClass #oid reads #expected"() {
        given:
        def got = walks.readings(recording)[oid]
        def matches = got != null && Math.abs(got - expected) <= Math.max(0.01d, Math.abs(expected) * 0.005d)
        def gap = gaps["${recording} ${oid}".toString()] ?: gaps["${recording} *".toString()]

        expect:
        gap ? !matches : matches

        where:
        [recording, sensorClass, oid, expected] << expectations()
    }

    static List<Path> recordings() {
        PolledWalks.walksIn(SharedData.devices())
    }

    static List<List> expectations() {
        def rows = []
        recordings().each { rec ->
            def stem = rec.fileName.toString() - '.snmprec'
            def json = SharedData.devices().resolve(stem + '.json')
            if (!Files.exists(json)) {
                return
            }
            def sensors = new JsonSlurper().parse(json.toFile()).sensors
            def list = sensors.poller instanceof Map ? sensors.poller.sensors : sensors.discovery?.sensors
            list?.each { s ->
                if (s.sensor_class in CLASSES && !s.user_func && s.sensor_current != null) {
                    rows << [stem, s.sensor_class, s.sensor_oid.toString().replaceFirst('^\\.', ''), s.sensor_current as double]
                }
            }
        }
        rows
    }

    static Map<String, String> knownGaps() {
        RecordingConformanceSpec.getResourceAsStream('/known-gaps.txt').readLines()
                .findAll { it.trim() && !it.startsWith('#') }
                .collectEntries { line ->
                    def (key, reason) = line.split(/\s+\|\s+/, 2)
                    [(key.trim().replaceAll(/\s+/, ' ')): reason]
                }
    }
}
