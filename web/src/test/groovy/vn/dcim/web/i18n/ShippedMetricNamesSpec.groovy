package vn.dcim.web.i18n

import com.fasterxml.jackson.databind.node.ObjectNode
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.mqtt.dialect.Dialect
import vn.dcim.mqtt.dialect.DialectEngine
import vn.dcim.mqtt.dialect.DialectLoader
import vn.dcim.mqtt.dialect.VectorRunner
import vn.dcim.mqtt.topic.TopicContract
import vn.dcim.snmp.profile.ProfileCatalog

import java.time.Instant

/**
 * Every metric the shipped profiles and dialects give has a Vietnamese name a person reads: the profiles' metrics,
 * the dialects' field tables, whatever their vectors' messages become (Zigbee2MQTT's own property names), the topic
 * contract's metrics. The vocabulary must know most of the words, and the share it knows is printed.
 */
class ShippedMetricNamesSpec extends Specification {
    /** The least share of a composed Vietnamese name's words the vocabulary translates, over every shipped metric. */
    static final double LEAST_TRANSLATED = 0.90

    @Shared MetricNames names = new MetricNames()
    @Shared Set<String> metrics = shipped()

    static Set<String> shipped() {
        Set<String> ids = new TreeSet<>()
        ProfileCatalog.load().all().each { p -> p.metrics().each { ids << it.name() } }
        DialectEngine engine = DialectEngine.shipped()
        DialectLoader.shipped().each { Dialect d ->
            d.fields()?.fields()?.each { f ->
                ids << f.metric()
                if (f.above() != null) {
                    ids << f.above().metric()
                }
            }
            String text = ShippedMetricNamesSpec.classLoader.getResource("dialects/vectors/${d.name()}.jsonl")?.text
            if (text != null) {
                new VectorRunner(engine).run(text.readLines(), Instant.EPOCH, { ObjectNode o ->
                    if (o.hasNonNull('metric')) {
                        ids << o.get('metric').asText()
                    }
                })
            }
        }
        TopicContract contract = new TopicContract()
        ids.addAll(contract.stateWords().keySet())
        ids.addAll(contract.eventMetrics())
        ids
    }

    def "the shipped profiles and dialects give thousands of metrics"() {
        expect:
        metrics.size() > 7000
    }

    def "no shipped metric's Vietnamese name shows an id: no '_', no dotted word, not the id itself"() {
        when:
        List<String> bad = metrics.findAll { String m ->
            String vi = names.of(m, Locale.forLanguageTag('vi'))
            vi.isBlank() || vi.contains('_') || vi =~ /[A-Za-z]\.[A-Za-z]/ || vi == m
        }.collect { it + ' -> ' + names.of(it, Locale.forLanguageTag('vi')) }

        then:
        bad == []
    }

    def "no shipped metric's English name shows an id either"() {
        when:
        List<String> bad = metrics.findAll { String m ->
            String en = names.of(m, Locale.ENGLISH)
            en.isBlank() || en.contains('_') || en =~ /[A-Za-z]\.[A-Za-z]/ || en == m
        }.collect { it + ' -> ' + names.of(it, Locale.ENGLISH) }

        then:
        bad == []
    }

    def "the vocabulary translates at least #least of the words of the shipped metrics' Vietnamese names"() {
        when:
        long words = 0
        long translated = 0
        metrics.each { String m ->
            MetricNames.Name n = names.compose(m, 'vi')
            words += n.words()
            translated += n.translated()
        }
        double share = translated / (double) words
        println String.format(Locale.ROOT, 'metric names: %d metrics, %d words, %d translated, share %.4f', metrics.size(), words, translated, share)

        then:
        share >= least

        where:
        least = LEAST_TRANSLATED
    }
}
