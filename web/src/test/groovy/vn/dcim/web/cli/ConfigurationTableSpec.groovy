package vn.dcim.web.cli

import spock.lang.Shared
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path

/**
 * README's configuration table and the settings the product reads hold each other both ways
 * : every DCIM_* that application.yml or a launcher reads is in the table, and every DCIM_* the
 * table names is read somewhere, so an operator never sets a variable that does nothing nor misses one
 * that exists. A launcher is `./dcim`, web's `Application` and `cli/`, and the remote collector's main.
 */
class ConfigurationTableSpec extends Specification {
    static final Path ROOT = Path.of('..').toAbsolutePath().normalize()

    @Shared
    Set<String> documented = table(Files.readString(ROOT.resolve('README.md')))

    @Shared
    Set<String> read = readByProduct()

    def "README's configuration section has a table of the settings"() {
        expect:
        documented.size() > 60
        read.size() > 60
    }

    def "every variable the product reads is in README's table"() {
        expect:
        (read - documented).sort() == []
    }

    def "every variable README's table names is read by the product"() {
        expect:
        (documented - read).sort() == []
    }

    def "a variable only the table names would be caught"() {
        given: 'a README whose table names a variable nothing reads'
        String readme = Files.readString(ROOT.resolve('README.md'))
                .replaceFirst('(?m)^\\| `DCIM_PORT`', '| `DCIM_NOT_READ_ANYWHERE` | x | y |\n| `DCIM_PORT`')

        expect:
        table(readme) - read == ['DCIM_NOT_READ_ANYWHERE'] as Set
    }

    /** The DCIM_* names in the table rows of README's "## Configuration" section (its subsections included). */
    static Set<String> table(String readme) {
        int from = readme.indexOf('\n## Configuration')
        int to = readme.indexOf('\n## ', from + 1)
        assert from > 0 && to > from
        readme.substring(from, to).readLines().findAll { it.startsWith('|') }
                .collectMany { names(it) } as Set
    }

    /** What application.yml names (its placeholders and the notes on settings Micronaut maps itself) and the launchers read. */
    static Set<String> readByProduct() {
        Set<String> all = names(Files.readString(ROOT.resolve('web/src/main/resources/application.yml'))) as Set
        all.addAll(names(Files.readString(ROOT.resolve('dcim'))))
        [ROOT.resolve('web/src/main/java/vn/dcim/web/cli'), ROOT.resolve('web/src/main/java/vn/dcim/web/Application.java'),
         ROOT.resolve('snmp-poller/src/main/java/vn/dcim/snmp/collector')].each { Path p ->
            Files.walk(p).withCloseable { files ->
                files.filter { it.toString().endsWith('.java') }.forEach { all.addAll(quoted(Files.readString(it))) }
            }
        }
        all
    }

    /** Full names only: a prefix like DCIM_CHANNELS_<TYPE>_ENDPOINT's "DCIM_CHANNELS_" is a pattern, not a variable. */
    static List<String> names(String text) {
        (text =~ /DCIM_[A-Z0-9_]*[A-Z0-9]\b(?![<_])/).collect { it as String }
    }

    static List<String> quoted(String java) {
        (java =~ /"(DCIM_[A-Z0-9_]*[A-Z0-9])"/).collect { it[1] as String }
    }
}
