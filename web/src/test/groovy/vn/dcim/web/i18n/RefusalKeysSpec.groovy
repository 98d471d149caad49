package vn.dcim.web.i18n

import spock.lang.Specification
import vn.dcim.core.error.NotFoundException

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

/**
 * Every refusal the server sends can be told in Vietnamese and in English: each 4xx
 * exception thrown in main code carries a message key, and each key, and each noun a 404 names,
 * exists in both languages. Like {@link MessageKeysSpec} does for the views, by reading the sources.
 */
class RefusalKeysSpec extends Specification {
    static final List<Path> SOURCES = ['../dcim-core/src/main/java', 'src/main/java', '../mqtt-bridge/src/main/java',
                                       '../snmp-poller/src/main/java'].collect { Paths.get(it) }
    /** A refusal the error handlers answer with 409, 422 or 403. */
    static final java.util.regex.Pattern REFUSAL = ~/new (Conflict|InvalidInput|NotAllowed)Exception\(/
    /** A message key of a refusal: "error.workorder.own-work". */
    static final java.util.regex.Pattern ERROR_KEY = ~/"(error\.[a-z0-9][a-z0-9.\-]*[a-z0-9])"/
    static final java.util.regex.Pattern NOT_FOUND = ~/new NotFoundException\("([^"]+)"/

    static Map<Path, String> javaSources() {
        SOURCES.findAll { Files.isDirectory(it) }.collectEntries { root ->
            Files.walk(root).withCloseable { s -> s.filter { it.toString().endsWith('.java') }.toList() }
                    .collectEntries { [(it): Files.readString(it)] }
        }
    }

    /** Where the constructor call that opens at {@code from} closes (after its ')'), strings skipped. */
    static int closing(String text, int from) {
        int depth = 1
        boolean quoted = false
        int i = from
        while (depth > 0) {
            char c = text.charAt(i)
            if (quoted) {
                if (c == '\\' as char) i++
                else if (c == '"' as char) quoted = false
            } else if (c == '"' as char) quoted = true
            else if (c == '(' as char) depth++
            else if (c == ')' as char) depth--
            i++
        }
        i
    }

    def "every 409, 422 and 403 thrown in main code carries a message key (no English-only refusal)"() {
        when:
        def bare = javaSources().collectMany { file, text ->
            def m = text =~ REFUSAL
            def found = []
            while (m.find()) {
                int end = closing(text, m.end())
                if (!text.substring(end).stripLeading().startsWith('.explained(')) {
                    found << "${file.fileName}:${text.substring(0, m.start()).count('\n') + 1}: ${text.substring(m.start(), end).replaceAll(/\s+/, ' ')}".toString()
                }
            }
            found
        }

        then:
        bare == []
    }

    def "every refusal key in main code exists in #lang"() {
        given:
        def texts = MessageKeysSpec.bundle(lang)

        when:
        def keys = javaSources().values().collectMany { (it =~ ERROR_KEY).collect { it[1] } } as Set

        then:
        keys.size() > 100
        keys.findAll { !texts.containsKey(it) } as List == []

        where:
        lang << ['vi', 'en']
    }

    def "every thing a 404 names has a noun in #lang"() {
        given:
        def texts = MessageKeysSpec.bundle(lang)

        when:
        def nouns = javaSources().values().collectMany { (it =~ NOT_FOUND).collect { NotFoundException.noun(it[1]) } } as Set

        then:
        nouns.size() > 20
        texts.containsKey('error.not-found')
        nouns.findAll { !texts.containsKey(it) } as List == []

        where:
        lang << ['vi', 'en']
    }

    def "no refusal text in #lang holds a straight apostrophe, which the message source takes for a quote and drops"() {
        expect:
        MessageKeysSpec.bundle(lang).findAll { k, v -> (k.startsWith('error.') || k.startsWith('noun.')) && v.contains("'") }
                .collect { k, v -> k } == []

        where:
        lang << ['vi', 'en']
    }

    def "a refusal told in Vietnamese differs from its English text"() {
        given:
        def vi = MessageKeysSpec.bundle('vi')
        def en = MessageKeysSpec.bundle('en')

        expect: 'nothing left in English on the Vietnamese side (short codes such as "SNMPv3" aside)'
        en.keySet().findAll { it.startsWith('error.') || it.startsWith('noun.') }
                .findAll { vi.getProperty(it) == en.getProperty(it) && en.getProperty(it).length() > 12 } as List == []
    }
}
