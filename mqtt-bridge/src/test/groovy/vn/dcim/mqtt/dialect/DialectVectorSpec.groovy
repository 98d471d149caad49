package vn.dcim.mqtt.dialect

import spock.lang.Specification

import java.time.Instant

/**
 * Every shipped dialect is proven by its vectors: each message of
 * dialects/vectors/<dialect>.jsonl, fed in order to the shipped dialects, gives exactly the readings
 * and events it lists. A mismatch is a failing row, never a skip.
 */
class DialectVectorSpec extends Specification {
    static final Instant RECEIVED = Instant.parse('2026-01-01T00:00:00Z')

    static List<Map> rows() {
        DialectLoader.shipped().collectMany { Dialect d ->
            String text = DialectVectorSpec.classLoader.getResource("dialects/vectors/${d.name()}.jsonl")?.text
            if (text == null) {
                return [[dialect: d.name(), line: 0, what: 'no vector file', taken: false, mismatches: ['dialects/vectors/' + d.name() + '.jsonl is missing'], takenBy: null]]
            }
            List<String> lines = text.readLines()
            new VectorRunner(DialectEngine.shipped()).run(lines, RECEIVED, {}).collect { VectorRunner.Outcome o ->
                [dialect: d.name(), line: o.line(), what: o.what(), mismatches: o.mismatches(),
                 takenBy: o.result() instanceof DialectResult.Taken ? ((DialectResult.Taken) o.result()).dialect()
                         : o.result() instanceof DialectResult.Learned ? ((DialectResult.Learned) o.result()).dialect() : null,
                 // only a vector that says so may be left or refused: an empty list expects the message taken, giving nothing
                 untakenExpected: new groovy.json.JsonSlurper().parseText(lines[o.line() - 1]).expect in ['untaken', 'refused']]
            }
        }
    }

    def "#dialect vector line #line (#what) gives what it lists"() {
        expect:
        mismatches == []

        and: 'taken by the dialect it proves, unless it is a message that dialect must leave'
        untakenExpected || takenBy == dialect

        where:
        row << rows()
        dialect = row.dialect
        line = row.line
        what = row.what
        mismatches = row.mismatches
        takenBy = row.takenBy
        untakenExpected = row.untakenExpected
    }

    def "every shipped dialect has at least #minimum vectors"() {
        expect:
        DialectLoader.shipped().findAll { Dialect d ->
            def text = getClass().classLoader.getResource("dialects/vectors/${d.name()}.jsonl")?.text
            text == null || text.readLines().count { it.trim() && !it.trim().startsWith('#') } < minimum
        }*.name() == []

        where:
        minimum = 5
    }

    def "the Sparkplug vectors carry the payloads Tahu's builders make (SparkplugVectorPayloads)"() {
        given:
        def text = getClass().classLoader.getResource('dialects/vectors/sparkplug-b.jsonl').text
        def built = SparkplugVectorPayloads.payloads().values().collect { Base64.encoder.encodeToString(it.toByteArray()) } as Set

        expect:
        def inFile = text.readLines().findAll { !it.startsWith('#') && it.contains('payloadBase64') && !it.contains('bad_protobuf') }
                .collect { new groovy.json.JsonSlurper().parseText(it).payloadBase64 } as Set
        inFile == built
    }
}
