package vn.dcim.web.architecture

import org.yaml.snakeyaml.Yaml
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/**
 * Every table has one owning package of dcim-core (db/table-owners.yml, beside the migrations): only that
 * package names the table in SQL or maps it as an entity; every other package, in every module, asks the
 * owner's service. A renamed column then breaks one package, which its own specs see. ArchitectureSpec sees
 * imports; this spec reads the SQL.
 */
class TableOwnershipSpec extends Specification {
    static final Path REPO = Path.of('..').toAbsolutePath().normalize()
    static final Path MIGRATIONS = REPO.resolve('dcim-core/src/main/resources/db/migration')
    static final Path OWNERS = REPO.resolve('dcim-core/src/main/resources/db/table-owners.yml')
    static final List<Path> MAIN_SOURCES = ['dcim-core', 'snmp-poller', 'mqtt-bridge', 'web'].collect { REPO.resolve(it).resolve('src/main/java') }
    static final int MOST_SHARED = 3

    @Shared Map declared = new Yaml().load(Files.readString(OWNERS))
    @Shared Map<String, String> owners = declared.owners as Map<String, String>
    @Shared Set<String> tables = TableReferences.tables(MIGRATIONS)

    @TempDir
    Path dir

    def "every table of the migrations has one owner, and every owner is a package of core"() {
        expect:
        tables.findAll { !owners.containsKey(it) }.toList() == []
        owners.keySet().findAll { !(it in tables) }.toList() == []
        owners.values().toSet().toList().findAll { !Files.isDirectory(REPO.resolve('dcim-core/src/main/java/vn/dcim/core').resolve(it.replace('.', '/'))) } == []
    }

    def "no package names a table it does not own, beyond the shared ones and those not moved yet"() {
        given:
        def found = TableReferences.scan(MAIN_SOURCES, tables)
        def trespasses = TableReferences.trespasses(found, owners, 'vn.dcim.core.')
        List<String> allowed = sharedLines() + notYetMoved()

        expect: 'every other package asks the owner'
        trespasses.findAll { !(it in allowed) } == []

        and: 'a line not moved yet that no longer trespasses is struck from the list: it only shrinks'
        notYetMoved().findAll { !(it in trespasses) } == []
    }

    def "at most #MOST_SHARED tables are shared, each with its reason"() {
        expect:
        sharedLines().size() <= MOST_SHARED
        (declared.shared ?: [:]).every { table, byPackage -> (byPackage as Map).values().every { it instanceof String && it.length() > 20 } }
    }

    def "the scan finds #what"() {
        given: 'a source tree where package a owns table thing'
        write('a/Things.java', 'package x.core.a;\nclass Things { @MappedEntity("thing") record Thing() {} String q = "SELECT id FROM thing"; }')
        write('b/Other.java', "package x.core.b;\nclass Other { ${code} }")

        when:
        def found = TableReferences.scan([dir], ['thing', 'other_table'] as Set)

        then:
        TableReferences.trespasses(found, [thing: 'a', other_table: 'b'], 'x.core.') == reported

        where:
        what                                      | code                                                          || reported
        'nothing when b asks a\'s service'        | 'Object t = new Things();'                                    || []
        'a SELECT of another package\'s table'    | 'String q = "SELECT COUNT(*) FROM thing WHERE x = ?";'        || ['thing: x.core.b']
        'a JOIN in a concatenation'               | 'String q = "SELECT o.id FROM other_table o" + " JOIN thing t ON t.id = o.id";' || ['thing: x.core.b']
        'an UPDATE in a text block'               | 'String q = """\n  UPDATE `thing` SET x = 1\n""";'          || ['thing: x.core.b']
        'an entity mapped in another package'     | '@MappedEntity("thing") record Copy() {}'                     || ['thing: x.core.b']
        'nothing for a word that is not a table'  | 'String s = "from things to thingamajigs";'                  || []
    }

    List<String> sharedLines() {
        (declared.shared ?: [:]).collectMany { table, byPackage -> (byPackage as Map).keySet().collect { "${table}: ${it}".toString() } }
    }

    List<String> notYetMoved() {
        (declared.'not-yet-moved' ?: []) as List<String>
    }

    void write(String name, String text) {
        Path f = dir.resolve(name)
        Files.createDirectories(f.parent)
        Files.writeString(f, text)
    }
}
