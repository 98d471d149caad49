package vn.dcim.core.telemetry

import spock.lang.Specification

class PointCodecSpec extends Specification {
    static final long T0 = 1_764_028_800_000L // 2025-11-25T00:00:00Z

    def "#what round-trips bit for bit"() {
        given:
        long[] t = times as long[]
        double[] v = values as double[]

        when:
        def back = PointCodec.decode(PointCodec.encode(t, v))

        then:
        back.times() == t
        back.values().collect { Double.doubleToRawLongBits(it) } == v.collect { Double.doubleToRawLongBits(it) }

        and: 'the XOR form gives back the same'
        PointCodec.decode(PointCodec.encodeXor(t, v)) == back

        where:
        what                                  | times                                           | values
        'no point'                            | []                                              | []
        'one point'                           | [T0]                                            | [22.5d]
        'a steady minute poll of decimals'    | (0..<1440).collect { T0 + it * 60_000L }        | (0..<1440).collect { Math.round(220 + 30 * Math.sin(it / 100d)) / 10d }
        'irregular times, milliseconds apart' | [T0, T0 + 1, T0 + 60_007, T0 + 59_999_999, T0 + 86_399_999] | [1d, 2d, 3d, 4d, 5d]
        'times before 1970'                   | [-86_400_000L, -1L, 0L, 5L]                     | [0d, 1d, 2d, 3d]
        'repeated values'                     | (0..<100).collect { T0 + it * 10_000L }         | [231.5d] * 100
        'NaN and both infinities'             | [T0, T0 + 1000, T0 + 2000, T0 + 3000]          | [Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1d]
        'negative zero'                       | [T0, T0 + 1000]                                 | [-0d, 0d]
        'binary fractions'                    | (0..<50).collect { T0 + it * 1000L }            | (0..<50).collect { Math.PI * it }
        'extremes'                            | [T0, T0 + 1, T0 + 2, T0 + 3]                    | [Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 1e300]
        'large jumps between decimals'        | [T0, T0 + 1, T0 + 2, T0 + 3]                    | [0d, 1e9d, -1e9d, 0.000001d]
    }

    def "times out of order or of another length are refused, not stored"() {
        when:
        PointCodec.encode(times as long[], values as double[])

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains(message)

        where:
        times          | values       || message
        [T0 + 1, T0]   | [1d, 2d]     || 'strictly ascend'
        [T0, T0]       | [1d, 2d]     || 'strictly ascend'
        [T0]           | [1d, 2d]     || 'differ in length'
    }

    def "a day of minute points of #what costs at most #most bytes a point (Gorilla's XOR alone: more than #xorAtLeast)"() {
        given:
        long[] t = (0..<1440).collect { T0 + it * 60_000L + (long) jitter(it) } as long[]
        double[] v = (0..<1440).collect { value(it) } as double[]

        when:
        double perPoint = PointCodec.encode(t, v).length / 1440d
        double xorPerPoint = PointCodec.encodeXor(t, v).length / 1440d

        then:
        perPoint <= most
        xorPerPoint > xorAtLeast

        and: 'the smaller form is kept'
        perPoint <= xorPerPoint

        where:
        what                             | jitter                       | value                                                                                          || most | xorAtLeast
        'a temperature in tenths, noisy' | ({ int i -> 0 })             | ({ int i -> Math.round(10 * (22 + 3 * Math.sin(i / 229d)) + new Random(i).nextInt(10)) / 10d }) || 1.5  | 5
        'a UPS load in whole percent'    | ({ int i -> 0 })             | ({ int i -> (double) (40 + (i % 7)) })                                                         || 0.7  | 0.7
        'a voltage polled with jitter'   | ({ int i -> (i * 37) % 50 }) | ({ int i -> Math.round(2300 + 10 * Math.sin(i / 60d)) / 10d })                                 || 2.0  | 1.3
    }

    def "a corrupt chunk is refused with a reason"() {
        given:
        byte[] chunk = PointCodec.encode([T0, T0 + 60_000L] as long[], [1.5d, 2.5d] as double[])
        if (damage == 'cut short') {
            chunk = Arrays.copyOf(chunk, 8)
        } else {
            chunk[0] = 9
        }

        when:
        PointCodec.decode(chunk)

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains(message)

        where:
        damage              || message
        'cut short'         || 'ends early'
        'another version'   || 'unknown chunk version'
    }
}
