package vn.dcim.web.i18n

import java.util.regex.Pattern

/**
 * What a Vietnamese reader must not find in what a screen shows: a word only the English texts use, an enum value or
 * key as its code ("in_service"), or what a machine writes and a person does not (see {@link #MACHINE_WORDS}). One
 * judge for the server's pages read as HTML and for what a browser shows after the scripts drew.
 */
final class ShownWords {
    /** Units people write alike in both languages (a battery's runtime in min), beyond {@link EnglishWords#ALLOWED}. */
    static final Set<String> UNITS = ['min'] as Set
    /** A code with an underscore is an enum value or a key, never a Vietnamese word. */
    static final Pattern RAW_CODE = ~/\b[a-z]+(?:_[a-z]+)+\b/
    /**
     * What a machine writes and a person does not: "null" for a value not there, a reading's row index in brackets
     * ("ups-1 [1]"), a UTC ISO time or an ISO date ("2026-11-27T01:02:03Z", "2026-11-27": people write 27/11/2026).
     */
    static final Map<String, Pattern> MACHINE_WORDS = [
            'null'        : ~/\bnull\b/,
            'row index'   : ~/\[\d+(?:\.\w+)*\]/,
            'ISO time'    : ~/\b\d{4}-\d\d-\d\dT\d\d:\d\d/,
            'ISO date'    : ~/(?<![\/\w-])\d{4}-\d\d-\d\d(?![\/\w-])/]

    private static final Set<String> ENGLISH = EnglishWords.onlyEnglish()
    /** The metrics' own ids ("host.memory.size"): a screen names a metric in the reader's words. */
    private static final Set<String> METRIC_IDS = vn.dcim.snmp.profile.ProfileCatalog.load().all().collectMany { it.metrics()*.name() } as Set

    private ShownWords() {}

    /** The English-only words of a text; identifiers (door-1, DEMO-RTR-01, U42), addresses and paths are not words. */
    static List<String> english(String text) {
        EnglishWords.foundIn(text, ENGLISH, UNITS)
    }

    static List<String> codes(String text) {
        (text =~ RAW_CODE).collect { it as String }.unique()
    }

    /** The machine's words of a text, each with what it is: "null", "ISO time: 2026-11-27T01:02", "metric id: host.memory.size". */
    static List<String> machine(String text) {
        List<String> found = MACHINE_WORDS.collectMany { String what, Pattern p ->
            (text =~ p).collect { "$what: ${it instanceof List ? it[0] : it}".toString() }
        }
        found += text.split(/[\s,;:()]+/).collect { it.replaceAll(/^[^\p{L}]+|[^\p{L}\d]+$/, '') }
                .findAll { it in METRIC_IDS && it.contains('.') }.collect { "metric id: $it".toString() }
        found.unique()
    }

    /** Everything of the three kinds, each named: "English: acknowledged", "code: in_service", "ISO date: 2026-11-27". */
    static List<String> of(String text) {
        english(text).collect { "English: $it".toString() } + codes(text).collect { "code: $it".toString() } + machine(text)
    }
}
