package vn.dcim.mqtt.dialect

import spock.lang.Specification

import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

/**
 * The shipped dialects are read once per process and shared by every engine (the bridge's, each teach preview's),
 * so their compiled expressions are evaluated by several threads at once. Each thread here feeds every shipped
 * vector file, several times, to an engine of its own built on the one shared list; each must see exactly what one
 * thread alone sees.
 */
class ShippedDialectsSharedSpec extends Specification {
    static final Instant RECEIVED = Instant.parse('2026-01-01T00:00:00Z')

    def "the shipped dialects are read once and give the same results when #threads threads evaluate them together"() {
        given: 'every vector file, and what one thread alone makes of them'
        Map<String, List<String>> vectors = DialectLoader.shipped().collectEntries { Dialect d ->
            [d.name(), getClass().classLoader.getResource("dialects/vectors/${d.name()}.jsonl").text.readLines()]
        }
        List<String> alone = feed(vectors)

        when: 'several threads feed them at the same moment, each to its own engine over the shared dialects'
        def pool = Executors.newFixedThreadPool(threads)
        def start = new CountDownLatch(1)
        def runs = (1..threads).collect { pool.submit({ start.await(); (1..rounds).collect { feed(vectors) } } as Callable) }
        start.countDown()
        List<List<List<String>>> together = runs*.get()
        pool.shutdown()

        then: 'the same list, read once'
        DialectLoader.shipped().is(DialectLoader.shipped())

        and: 'every thread, every round, saw what one thread alone saw, and nothing mismatched'
        alone.every { it.endsWith('[]') }
        together.every { perThread -> perThread.every { it == alone } }

        where:
        threads | rounds
        8       | 3
    }

    private static List<String> feed(Map<String, List<String>> vectors) {
        def engine = new DialectEngine(DialectLoader.shipped(), DialectLimits.defaults())
        vectors.collectMany { name, lines ->
            new VectorRunner(engine).run(lines, RECEIVED, {}).collect { VectorRunner.Outcome o ->
                "$name:${o.line()} ${o.output()} ${o.mismatches()}".toString()
            }
        }
    }
}
