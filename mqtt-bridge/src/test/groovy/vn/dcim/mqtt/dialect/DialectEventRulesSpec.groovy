package vn.dcim.mqtt.dialect

import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.core.alarm.AlarmRule
import vn.dcim.core.alarm.AlarmRules

import java.time.Instant

/**
 * Every event the shipped dialects make (MQTT and HTTP push) is kept as a state
 * reading of its metric; each such metric has an enabled shipped rule, so no vendor event is stored
 * without anybody being told. The events are those the dialects' own vectors give, and every event
 * name written in a dialect file must be among them, so an event without a vector cannot slip by.
 */
class DialectEventRulesSpec extends Specification {
    static final Instant RECEIVED = Instant.parse('2026-01-01T00:00:00Z')
    /** Events that are observations, not conditions: kept in the device log and the readings, never an alarm. */
    static final Map<String, String> OBSERVATIONS = [
            'camera.detection': 'a person or vehicle seen by Frigate: what the camera is for, not a fault'
    ]

    @Shared
    List<AlarmRule> rules = AlarmRules.parseDefaults()
    @Shared
    Map<String, Set<String>> emitted = emittedByDialect()

    /** The metrics of the non-access events each dialect's vectors give. */
    static Map<String, Set<String>> emittedByDialect() {
        DialectLoader.shipped().collectEntries { Dialect d ->
            String text = DialectEventRulesSpec.classLoader.getResource("dialects/vectors/${d.name()}.jsonl")?.text ?: ''
            Set<String> metrics = new VectorRunner(DialectEngine.shipped()).run(text.readLines(), RECEIVED, {})
                    .collect { it.result() }
                    .findAll { it instanceof DialectResult.Taken && ((DialectResult.Taken) it).dialect() == d.name() }
                    .collectMany { ((DialectResult.Taken) it).events().findAll { !it.isAccess() } }
                    .collect { it.asReading().metric() } as Set
            [(d.name()): metrics]
        }
    }

    /** The event names a dialect file writes as literals ("event": "x"), access and presence aside. */
    static Set<String> written(String dialect) {
        String text = DialectEventRulesSpec.classLoader.getResource("dialects/${dialect}.yaml").text
        (text =~ /"event"\s*:\s*"([a-z0-9_.]+)"/).collect { it[1] as String }
                .findAll { !(it in [DialectEvent.ACCESS_GRANTED, DialectEvent.ACCESS_DENIED, DialectEvent.ONLINE, DialectEvent.OFFLINE]) } as Set
    }

    static Set<String> allEmitted() {
        emittedByDialect().values().flatten() as Set
    }

    def "the Hikvision vectors give the disk and illegal access events beside video loss and tamper"() {
        expect:
        emitted['hikvision-isapi'].containsAll(['camera.disk.full', 'camera.disk.error', 'device.illegal_access',
                                                'camera.video_loss', 'camera.tamper', 'door.forced', 'door.held_open', 'door.tamper'])
    }

    def "every event #dialect writes is given by one of its vectors"() {
        expect:
        (written(dialect) - emitted[dialect]).sort() == []

        where:
        dialect << DialectLoader.shipped()*.name()
    }

    def "event metric #metric has an enabled shipped rule naming its article"() {
        given:
        List<AlarmRule> onMetric = rules.findAll { it.metric() == metric && it.enabled() }

        expect:
        !onMetric.isEmpty()
        onMetric.every { it.article() ==~ /(000 )?Art\. \d+(\.\d+)*[a-zđ]?/ }

        and: 'a raised event (1) raises it, unless it is a presence the rule watches going away (0)'
        onMetric.every { it.kind() == AlarmRule.Kind.above && it.trigger() == 0d || it.kind() == AlarmRule.Kind.below && it.trigger() == 1d }

        where:
        metric << (allEmitted() - OBSERVATIONS.keySet()).sort()
    }

    def "the observations left without a rule are still made by a dialect (the list cannot go stale)"() {
        expect:
        allEmitted().containsAll(OBSERVATIONS.keySet())
    }

    def "the rule for #metric is #rule, severity #severity, under #article"() {
        given:
        AlarmRule found = rules.find { it.metric() == metric }

        expect:
        found.id() == rule
        found.severity().name() == severity
        found.article() == article

        where:
        metric                  || rule                    | severity   | article
        'camera.disk.full'      || 'camera-disk-full'      | 'major'    | 'Art. 6.5'
        'camera.disk.error'     || 'camera-disk-error'     | 'critical' | 'Art. 6.5'
        'device.illegal_access' || 'device-illegal-access' | 'major'    | '000 Art. 6.1b'
    }
}
