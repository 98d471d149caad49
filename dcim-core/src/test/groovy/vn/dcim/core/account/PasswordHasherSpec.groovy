package vn.dcim.core.account

import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path

/**
 * Art. 15.1: passwords are argon2id hashes whose cost is a setting. The specs hash at the least cost
 * (MariaDbSpec); this spec holds what the product itself does.
 */
class PasswordHasherSpec extends Specification {
    static final String PASSWORD = 'Mật-khẩu-Trực-ca-2026!'

    def "a new hash carries its cost (#why) and checks only its own password"() {
        given:
        def hasher = new PasswordHasher(new PasswordHashSettings(memoryKib, passes))

        when:
        String hash = hasher.hash(PASSWORD)

        then:
        hash.startsWith("\$argon2id\$v=19\$m=${m},t=${t},p=1\$")
        hasher.matches(PASSWORD, hash)
        !hasher.matches('Mat-khau-Truc-ca-2026!', hash)
        !hasher.matches(null, hash)
        !hasher.matches(PASSWORD, null)

        where:
        why                              | memoryKib | passes || m     | t
        "the product's default"          | 16384     | 2      || 16384 | 2
        "the specs' least cost"          | 1024      | 1      || 1024  | 1
        'a stronger site'                | 32768     | 3      || 32768 | 3
        'below the floor: raised to it'  | 8         | 0      || 1024  | 1
    }

    def "a hash made at another cost still checks: changing the setting locks nobody out"() {
        given: 'a password hashed at the default cost'
        String hash = new PasswordHasher(new PasswordHashSettings(16384, 2)).hash(PASSWORD)

        expect: 'a product set cheaper (or dearer) reads the cost from the hash'
        new PasswordHasher(new PasswordHashSettings(1024, 1)).matches(PASSWORD, hash)
        !new PasswordHasher(new PasswordHashSettings(1024, 1)).matches(PASSWORD + 'x', hash)
    }

    def "the cost web's application.yml gives the product is the default above"() {
        given:
        String yml = Files.readString(Path.of('..', 'web', 'src', 'main', 'resources', 'application.yml'))

        expect:
        yml =~ /(?m)^      hash:\n        memory-kib: 16384\n        iterations: 2$/
    }
}
