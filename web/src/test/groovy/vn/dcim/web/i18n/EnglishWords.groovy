package vn.dcim.web.i18n

import org.yaml.snakeyaml.Yaml

/**
 * The words only the English texts use: every word of messages_en.properties and of the rules'
 * description_en that no Vietnamese text (messages_vi, description_vi) uses too, but for proper
 * nouns and units both languages write alike. A Vietnamese screen showing one of them shows English.
 */
final class EnglishWords {
    /** Names, abbreviations and protocol values that are the same in both languages. */
    static final Set<String> ALLOWED = ['ups', 'ats', 'pdu', 'crac', 'snmp', 'mqtt', 'dcim', 'rack', 'camera', 'email', 'sms',
                                        'api', 'csv', 'xlsx', 'pdf', 'totp', 'isp', 'ldap', 'url', 'bypass', 'id',
                                        // SNMP's factory community names, values of the protocol quoted as they are (Art. 21.3a: default credentials)
                                        'public', 'private'] as Set

    private EnglishWords() {}

    static Set<String> onlyEnglish() {
        words(texts('en')) - words(texts('vi')) - ALLOWED
    }

    static List<String> texts(String lang) {
        def props = new Properties()
        EnglishWords.getResourceAsStream("/i18n/messages_${lang}.properties").withReader('UTF-8') { props.load(it) }
        List<String> out = props.values().collect { it.toString() }
        Map doc = new Yaml().load(EnglishWords.getResourceAsStream('/rules/default-rules.yml'))
        out + doc.rules.collect { it["description_${lang}"]?.toString() ?: '' }
    }

    /**
     * The English-only words of a text a person reads (a screen, a PDF, a workbook); identifiers (door-1, DEMO-RTR-01,
     * U42), addresses and paths are not words, nor {@code also} (units written alike in both languages).
     */
    static List<String> foundIn(String text, Set<String> english, Set<String> also = [] as Set) {
        text.replaceAll(/\S*[\d\/@]\S*/, ' ').toLowerCase().split(/[^\p{L}]+/).findAll { it in english && !(it in also) }.unique()
    }

    static Set<String> words(List<String> texts) {
        texts.collectMany { it.toLowerCase().split(/[^\p{L}]+/) as List }.findAll { it.length() >= 3 } as Set
    }
}
