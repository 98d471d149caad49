package vn.dcim.mqtt.ingest

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.lang.Stepwise
import spock.util.concurrent.PollingConditions
import vn.dcim.core.device.DiscoveredSource
import vn.dcim.core.device.DiscoveredSources
import vn.dcim.core.telemetry.LatestReadings
import vn.dcim.mqtt.dialect.OwnDialectFiles
import vn.dcim.mqtt.testing.BridgeSpec

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

/**
 * A bridge that did not teach a dialect, reading the directory another instance wrote it to (a second bridge, a
 * remote collector sharing DCIM_DIALECTS_DIR), uses it without a restart: it subscribes to the new topics, and a
 * changed file is followed; a broken version keeps the one before in force, counted once.
 */
@Stepwise
@MicronautTest(transactional = false)
class DialectDirectorySpec extends BridgeSpec {
    @Shared Path dir = Files.createTempDirectory('dialects-shared')

    @Inject DiscoveredSources sources
    @Inject LatestReadings latest
    @Inject OwnDialectFiles files

    PollingConditions eventually = new PollingConditions(timeout: 20, delay: 0.3)

    @Override
    Map<String, String> bridgeProperties() {
        ['dcim.mqtt.dialects.dir': dir.toString(), 'dcim.mqtt.dialects.rescan-ms': '200']
    }

    def cleanupSpec() {
        dir.toFile().deleteDir()
    }

    def "a dialect written to the directory while the bridge runs reads the device"() {
        when: 'another instance saves a dialect for a device nothing here reads'
        save('acme-crac.yaml', dialect('env.temperature', '°C'))

        then: 'the bridge subscribes to its topic and keeps the device in the inbox with what it gives'
        eventually.eventually {
            broker.publish('acmecrac/crac-7/state', '{"ret": 24.5}')
            def s = sources.find(DiscoveredSource.State.unbound, 1000, 0).find { it.dialect() == 'acme-crac' && it.sourceId() == 'crac-7' }
            assert s != null
            assert s.wouldGive().contains('env.temperature')
        }

        when: 'it is bound'
        def s = sources.find(DiscoveredSource.State.unbound, 1000, 0).find { it.dialect() == 'acme-crac' && it.sourceId() == 'crac-7' }
        sources.bind(s.id(), 'crac-7', 'demo', 'CRAC 7')
        broker.publish('acmecrac/crac-7/state', '{"ret": 25.5}')

        then:
        eventually.eventually {
            assert latest.ofDevice('crac-7').find { it.metric() == 'env.temperature' }?.value() == 25.5d
        }
    }

    def "a broken version keeps the one before in force, counted once"() {
        given:
        long before = files.refused()

        when: 'the broken file is seen, then looked at five times more'
        save('acme-crac.yaml', "dialect: acme-crac\ntopics: [acmecrac/+/state\nsource: levels[1]\n")
        eventually.eventually { assert files.refused() > before }
        sleep(1000)

        then:
        files.refused() == before + 1
        files.refusals().size() == 1
        files.refusals()[0].contains('previous version stays in force')

        when:
        broker.publish('acmecrac/crac-7/state', '{"ret": 26.5}')

        then:
        eventually.eventually {
            assert latest.ofDevice('crac-7').find { it.metric() == 'env.temperature' }?.value() == 26.5d
        }
    }

    def "a changed file is followed from the next message on"() {
        when: 'mended, and reading the humidity the unit reports beside the temperature'
        save('acme-crac.yaml', dialect('env.temperature', '°C') + '    rh: {metric: env.humidity, unit: "%"}\n')

        then:
        eventually.eventually {
            broker.publish('acmecrac/crac-7/state', '{"ret": 23.5, "rh": 45}')
            assert latest.ofDevice('crac-7').find { it.metric() == 'env.humidity' }?.value() == 45d
        }
        files.refusals().isEmpty()
    }

    static String dialect(String metric, String unit) {
        """\
            dialect: acme-crac
            description: ACME precision cooling over MQTT
            topics: [acmecrac/+/state]
            source: levels[1]
            fields:
              map:
                ret: {metric: ${metric}, unit: "${unit}"}
            """.stripIndent()
    }

    void save(String name, String text) {
        Path tmp = Files.createTempFile(dir, '.taught', '.tmp')
        Files.writeString(tmp, text)
        Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE)
    }
}
