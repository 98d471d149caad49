package vn.dcim.web.architecture

import java.nio.file.Files
import java.nio.file.Path
import java.util.regex.Matcher

/**
 * Where main code names a table: in SQL inside its string literals (FROM, JOIN, INTO, UPDATE, TABLE) or as an
 * entity's {@code @MappedEntity}. Read from the sources, so that SQL in a text block or a concatenation counts
 * as the reader sees it; the tables are those the migrations create (and do not drop again).
 */
class TableReferences {
    /** The tables the migrations leave, in the order of the migrations. */
    static Set<String> tables(Path migrations) {
        Set<String> tables = new LinkedHashSet<>()
        List<Path> files = Files.list(migrations).withCloseable { it.filter { it.fileName.toString() ==~ /V\d+__.+\.sql/ }.toList() }
        files.toSorted { (it.fileName.toString() =~ /^V(\d+)/)[0][1] as int }.each { f ->
            String sql = Files.readString(f)
            (sql =~ /(?i)CREATE TABLE (?:IF NOT EXISTS )?`?(\w+)`?/).each { m -> tables << m[1].toLowerCase() }
            (sql =~ /(?i)DROP TABLE (?:IF EXISTS )?`?(\w+)`?/).each { m -> tables.remove(m[1].toLowerCase()) }
        }
        tables
    }

    /** table -> package -> the files of that package naming it. */
    static Map<String, Map<String, Set<String>>> scan(Collection<Path> sourceRoots, Set<String> tables) {
        Map<String, Map<String, Set<String>>> found = [:].withDefault { [:].withDefault { new TreeSet<String>() } }
        sourceRoots.findAll { Files.isDirectory(it) }.each { root ->
            Files.walk(root).withCloseable { s -> s.filter { it.toString().endsWith('.java') }.toList() }.each { file ->
                String text = Files.readString(file)
                Matcher pkg = text =~ /(?m)^package ([\w.]+);/
                if (!pkg.find()) {
                    return
                }
                String where = pkg.group(1)
                String name = file.fileName.toString()
                (text =~ /@MappedEntity\("(\w+)"\)/).each { m -> found[m[1].toLowerCase()][where] << name }
                String literals = (text =~ /"""([\s\S]*?)"""|"((?:[^"\\\n]|\\.)*)"/).collect { m -> m[1] ?: m[2] ?: '' }.join(' ')
                (literals =~ /(?i)\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+`?(\w+)`?/).each { m ->
                    String t = m[1].toLowerCase()
                    if (t in tables) {
                        found[t][where] << name
                    }
                }
            }
        }
        found
    }

    /**
     * "table: package (files)" for every package that names a table it does not own; a package owns its
     * subpackages' tables too ({@code notification} owns what {@code notification.escalation} names).
     */
    static List<String> trespasses(Map<String, Map<String, Set<String>>> found, Map<String, String> owners, String base) {
        List<String> out = []
        found.keySet().sort().each { table ->
            String owner = base + owners[table]
            found[table].keySet().sort().each { pkg ->
                if (pkg != owner && !pkg.startsWith(owner + '.')) {
                    out << "${table}: ${pkg.replaceFirst('^vn\\.dcim\\.', '')}".toString()
                }
            }
        }
        out
    }
}
