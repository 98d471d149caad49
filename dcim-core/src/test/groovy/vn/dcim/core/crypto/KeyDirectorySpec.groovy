package vn.dcim.core.crypto

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions

class KeyDirectorySpec extends Specification {
    @TempDir Path tmp

    def "a key is made on first use, readable only by its owner, and the same key is read back by the next process"() {
        given:
        def keys = KeyDirectory.at(tmp.resolve('data-keys'))
        byte[] sealed = keys.aead('secrets').encrypt('public'.bytes, 'device:1'.bytes)

        expect:
        PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve('data-keys/secrets.keyset.json'))) == 'rw-------'
        PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve('data-keys'))) == 'rwx------'
        new String(KeyDirectory.at(tmp.resolve('data-keys')).aead('secrets').decrypt(sealed, 'device:1'.bytes)) == 'public'
    }

    def "after a rotation new data uses the new key and old data stays readable"() {
        given:
        def keys = KeyDirectory.at(tmp.resolve('k'))
        byte[] old = keys.aead('secrets').encrypt('old'.bytes, new byte[0])

        when:
        keys.rotate('secrets')
        def rotated = KeyDirectory.at(tmp.resolve('k')).aead('secrets')

        then:
        new String(rotated.decrypt(old, new byte[0])) == 'old'
        new String(rotated.decrypt(rotated.encrypt('new'.bytes, new byte[0]), new byte[0])) == 'new'
        Files.readString(tmp.resolve('k/secrets.keyset.json')).count('"keyId"') == 2
    }

    def "a file key is written once and never replaced"() {
        given:
        def keys = KeyDirectory.at(tmp.resolve('k'))

        when:
        keys.file('mariadb.key') { '1;' + 'ab' * 32 }
        keys.file('mariadb.key') { 'something else' }

        then:
        Files.readString(tmp.resolve('k/mariadb.key')) == '1;' + 'ab' * 32
    }

    def "the default place is beside the data directory, never inside it"() {
        expect:
        KeyDirectory.besideDataDir(Path.of('/srv/dcim/data')) == Path.of('/srv/dcim/data-keys')
    }
}
