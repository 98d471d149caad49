package vn.dcim.mqtt.collector

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardOpenOption

/** The remote collector's outbox on disk keeps its order, survives restarts and crashes, and is bounded. */
class DiskBufferSpec extends Specification {
    @TempDir Path dir

    static byte[] bytes(String s) { s.getBytes('UTF-8') }

    static String text(DiskBuffer.Entry e) { new String(e.payload(), 'UTF-8') }

    def "entries leave in the order they came, each only once acknowledged"() {
        given:
        def buffer = new DiskBuffer(dir, 1 << 20, 1 << 10)
        ['a', 'b', 'c'].each { buffer.append(bytes(it)) }

        expect:
        text(buffer.peek().get()) == 'a'
        buffer.peek().get().seq() == 1

        when: 'the broker has not acknowledged: the same entry is offered again'
        def again = buffer.peek().get()

        then:
        text(again) == 'a'
        buffer.depth() == 3

        when:
        buffer.ack(1)
        buffer.ack(1)

        then:
        text(buffer.peek().get()) == 'b'
        buffer.depth() == 2

        cleanup:
        buffer.close()
    }

    def "what the broker has not acknowledged is still there after a restart, numbered on, in the same epoch"() {
        given:
        def first = new DiskBuffer(dir, 1 << 20, 64)
        (1..20).each { first.append(bytes("entry-$it")) }
        first.ack(7)
        def epoch = first.epoch()
        first.close()

        when:
        def second = new DiskBuffer(dir, 1 << 20, 64)

        then:
        second.epoch() == epoch
        second.depth() == 13
        second.pending()*.seq() == (8..20).toList()
        second.pending().collect { text(it) } == (8..20).collect { "entry-$it" }
        second.append(bytes('next')) == 21

        cleanup:
        second.close()
    }

    def "a record torn by a crash is cut off; the ones before it stay"() {
        given:
        def buffer = new DiskBuffer(dir, 1 << 20, 1 << 10)
        buffer.append(bytes('whole'))
        buffer.append(bytes('torn-to-be'))
        buffer.close()
        Path segment = Files.list(dir).filter { it.toString().endsWith('.seg') }.findFirst().get()
        Files.newByteChannel(segment, StandardOpenOption.WRITE).withCloseable { it.truncate(Files.size(segment) - 3) }

        when:
        def reopened = new DiskBuffer(dir, 1 << 20, 1 << 10)

        then:
        reopened.pending().collect { text(it) } == ['whole']
        reopened.append(bytes('after')) == 2
        reopened.pending().collect { text(it) } == ['whole', 'after']

        cleanup:
        reopened.close()
    }

    def "past its cap the oldest segment goes, counted; the newest entries stay"() {
        given: 'segments of about four entries, room for three segments'
        def buffer = new DiskBuffer(dir, 3 * 100, 100)

        when:
        (1..40).each { buffer.append(bytes(String.format('%010d', it))) }

        then:
        buffer.dropped() > 0
        buffer.bytes() <= 3 * 100
        buffer.depth() + buffer.dropped() == 40
        buffer.pending().last().seq() == 40
        buffer.pending()*.seq() == ((40 - buffer.depth() + 1)..40).toList()

        cleanup:
        buffer.close()
    }

    def "a lost buffer directory starts a new epoch, so the center does not take its numbers for replays"() {
        given:
        def old = new DiskBuffer(dir.resolve('a'), 1 << 20, 1 << 10)
        def fresh = new DiskBuffer(dir.resolve('b'), 1 << 20, 1 << 10)

        expect:
        old.epoch() != fresh.epoch()

        cleanup:
        old.close()
        fresh.close()
    }
}
