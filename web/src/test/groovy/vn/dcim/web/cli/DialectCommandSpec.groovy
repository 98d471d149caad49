package vn.dcim.web.cli

import com.fasterxml.jackson.databind.ObjectMapper
import picocli.CommandLine
import vn.dcim.core.testing.Printed
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/**
 * ./dcim dialect test FILE and ./dcim dialect check FILE.yaml, run in-process through the
 * launcher's command line: the lines they print and the exit codes docs/dialects.md documents
 * (test: 0 all as expected, 1 a message untaken, refused or different, 2 a file that cannot be used;
 * check: 0 valid, 1 invalid with FILE:LINE: reason, 2 unreadable).
 */
class DialectCommandSpec extends Specification {
    static final ObjectMapper JSON = new ObjectMapper()
    static final String GOOD = '{"topic": "zigbee2mqtt/rack_a1_temp", "payload": {"temperature": 23.6, "humidity": 48.3}, ' +
            '"source": "rack_a1_temp", "expect": [{"metric": "env.temperature", "value": 23.6}, {"metric": "env.humidity", "value": 48.3}]}'
    static final String NOBODY = '{"topic": "nobody/listens/here", "payload": {"temperature": 1}}'
    static final String VALID_DIALECT = '''\
dialect: acme-probe
topics: [acme/+/state]
source: levels[1]
readings: |
  {"metric": "env.temperature", "value": payload.t, "unit": "°C"}
'''
    /** Its readings (line 4, where the block starts) cannot be parsed by JSONata (an unclosed object). */
    static final String BROKEN_DIALECT = '''\
dialect: acme-broken
topics: [acme/+/state]
source: levels[1]
readings: >-
  {"metric": "env.temperature", "value": payload.t
'''

    @TempDir
    Path dir

    Map run(String... args) {
        def printed = Printed.by { new CommandLine(new DcimCommand()).execute(args) }
        [code: printed.code, out: printed.out.readLines().findAll { it.trim() }, err: printed.err]
    }

    Path file(String name, String text) {
        def f = dir.resolve(name)
        f.toFile().setText(text, 'UTF-8')
        f
    }

    def "dialect test: good vectors print one reading a line and exit 0"() {
        given:
        def vectors = file('good.jsonl', "# a comment\n${GOOD}\n\n")

        when:
        def r = run('dialect', 'test', vectors.toString())
        def lines = r.out.collect { JSON.readTree(it) }

        then:
        r.code == 0
        lines*.path('kind')*.asText() == ['reading', 'reading']
        lines*.path('dialect')*.asText() == ['zigbee2mqtt', 'zigbee2mqtt']
        lines*.path('source')*.asText() == ['rack_a1_temp', 'rack_a1_temp']
        lines*.path('metric')*.asText() == ['env.temperature', 'env.humidity']
        lines*.path('value')*.asDouble() == [23.6d, 48.3d]
        r.err.contains('dialect test: 1 messages, 0 not as expected')
    }

    def "dialect test: #what exits #code"() {
        given:
        def vectors = file('v.jsonl', text)

        when:
        def r = run('dialect', 'test', vectors.toString())

        then:
        r.code == code
        r.out.collect { JSON.readTree(it).path('kind').asText() } == kinds
        r.err.contains(stderr)

        where:
        what                                           | text                                                  || code | kinds                            | stderr
        'a message no dialect takes'                   | NOBODY                                                || 1    | ['untaken']                      | '1 messages, 1 not as expected'
        'a good one, then one no dialect takes'        | GOOD + '\n' + NOBODY                                  || 1    | ['reading', 'reading', 'untaken'] | '2 messages, 1 not as expected'
        'one no dialect takes, said so by the vector'  | NOBODY.replace('}}', '}, "expect": "untaken"}')       || 0    | ['untaken']                      | '1 messages, 0 not as expected'
        'a reading other than its expect'              | GOOD.replace('"value": 23.6}', '"value": 99}')       || 1    | ['reading', 'reading']           | 'line 1'
        'a line that is not JSON'                      | '{"topic": "zigbee2mqtt/x", '                         || 2    | []                               | 'line 1: not JSON'
    }

    def "dialect test: a missing vector file or a broken --dialect exits 2 and says why"() {
        given:
        def vectors = file('good.jsonl', GOOD)
        def broken = file('broken.yaml', BROKEN_DIALECT)

        when:
        def missing = run('dialect', 'test', dir.resolve('nowhere.jsonl').toString())
        def badDialect = run('dialect', 'test', vectors.toString(), '--dialect', broken.toString())

        then:
        missing.code == 2
        missing.out.isEmpty()
        missing.err.contains('cannot read')
        missing.err.contains('nowhere.jsonl')

        and:
        badDialect.code == 2
        badDialect.out.isEmpty()
        badDialect.err.contains("${broken}:4: JSONata does not compile")
    }

    def "dialect test --dialect: the user's dialect takes its own messages"() {
        given:
        def mine = file('acme.yaml', VALID_DIALECT)
        def vectors = file('acme.jsonl', '{"topic": "acme/probe-7/state", "payload": {"t": 21.5}, "source": "probe-7", "expect": [{"metric": "env.temperature", "value": 21.5}]}')

        when:
        def r = run('dialect', 'test', vectors.toString(), '--dialect', mine.toString())
        def line = JSON.readTree(r.out[0])

        then:
        r.code == 0
        r.out.size() == 1
        line.path('dialect').asText() == 'acme-probe'
        line.path('source').asText() == 'probe-7'
        line.path('unit').asText() == '°C'
    }

    def "dialect check: #what exits #code and prints #printed"() {
        given:
        def path = text == null ? dir.resolve('missing.yaml') : file('d.yaml', text)

        when:
        def r = run('dialect', 'check', path.toString())
        def shown = (r.out + r.err.readLines()).join('\n')

        then:
        r.code == code
        shown.contains(printed.replace('FILE', path.toString()))

        where:
        what                                         | text                                             || code | printed
        'a valid dialect'                            | VALID_DIALECT                                    || 0    | 'FILE: dialect acme-probe is valid (topics'
        'an expression that does not compile'        | BROKEN_DIALECT                                   || 1    | 'FILE:4: JSONata does not compile'
        'a dialect without a source'                 | VALID_DIALECT.replace('source: levels[1]\n', '') || 1    | 'FILE:1: \'source\' is missing'
        'a missing file'                             | null                                             || 2    | 'dialect check: cannot read FILE'
    }
}
