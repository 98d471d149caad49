package vn.dcim.core.db

import java.nio.file.Files
import java.nio.file.Path

/**
 * A migration's text as git first recorded it: once committed a migration ships (every commit on main can be
 * released), so its text at HEAD must be that text. The checksums of merged-migrations.txt can be edited together
 * with the file they guard; the history cannot. A migration edited before this guard existed names the commit
 * whose text stands (and RepairedMigrations brings installed databases in line where one had shipped).
 */
class MigrationHistory {
    final Path repository
    final String directory

    MigrationHistory(Path repository, String directory) {
        this.repository = repository
        this.directory = directory
    }

    /** Whether the checkout has its history (a source archive has none). */
    boolean available() {
        Files.isDirectory(repository.resolve('.git')) || Files.isRegularFile(repository.resolve('.git'))
    }

    /** The migrations of {@code directory} whose text differs from the one standing for it; empty when none. */
    List<String> editedSinceRecorded(Map<String, String> standingCommit = [:]) {
        Map<String, String> firstAdded = [:]
        // newest first: the last commit seen adding a file is the oldest
        String log = git('log', '--diff-filter=A', '--name-only', '--format=commit %H', '--', directory)
        String commit = null
        log.eachLine { line ->
            if (line.startsWith('commit ')) {
                commit = line.substring(7)
            } else if (line.endsWith('.sql')) {
                firstAdded[line] = commit
            }
        }
        List<String> edited = []
        firstAdded.keySet().sort().each { path ->
            Path file = repository.resolve(path)
            if (!Files.exists(file)) {
                return // a deletion is MigrationSpec's sequence check
            }
            String version = (file.fileName.toString() =~ /^V(\d+)__/).with { it.find() ? it.group(1) : null }
            String ref = standingCommit[version] ?: firstAdded[path]
            if (!Arrays.equals(gitBytes('show', "${ref}:${path}".toString()), Files.readAllBytes(file))) {
                edited << "V${version} (${path}) differs from its text in ${ref.take(10)}".toString()
            }
        }
        edited
    }

    private String git(String... args) {
        new String(gitBytes(args), 'UTF-8')
    }

    private byte[] gitBytes(String... args) {
        def p = new ProcessBuilder(['git', '-C', repository.toString()] + args.toList()).redirectErrorStream(false).start()
        byte[] out = p.inputStream.readAllBytes()
        String err = new String(p.errorStream.readAllBytes(), 'UTF-8')
        if (p.waitFor() != 0) {
            throw new IllegalStateException("git ${args.join(' ')}: ${err}")
        }
        out
    }
}
