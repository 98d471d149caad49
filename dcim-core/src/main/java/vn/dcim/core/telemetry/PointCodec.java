package vn.dcim.core.telemetry;

import java.util.Arrays;

/**
 * The points of a closed chunk (one series, one day) as bytes, after Facebook's Gorilla (Pelkonen et
 * al., VLDB 2015): times as delta-of-delta in variable-width buckets (a steady poll costs one bit a
 * point), values either as Gorilla's XOR of consecutive doubles or, when every value of the chunk is a
 * decimal with at most {@value #MAX_SCALE} fraction digits (what devices send: 22.3 °C, 231.5 V),
 * as the difference of the scaled integers. XOR alone pays ~50 bits for 22.3 after 22.7, because 0.1 has
 * no finite binary form (bench/readings: 7.9 bytes a point XOR, 1.2 with the decimal form). Lossless:
 * decode returns the very doubles given, bit for bit (NaN, infinities and -0.0 take the XOR form).
 * No dependency outside the JDK, so that bench/readings decodes with the same class.
 */
public final class PointCodec {
    static final int VERSION = 1;
    static final int XOR = 0xFF;
    static final int MAX_SCALE = 6;
    private static final double[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    /** Bucket widths of the times' delta-of-delta (milliseconds): 0, then 7, 9, 12, 32 or 64 bits. */
    private static final int[] TIME_WIDTHS = {7, 9, 12, 32, 64};
    /** Bucket widths tried for the scaled values' differences; the smallest result is kept. */
    private static final int[][] VALUE_WIDTHS = {{2, 4, 7, 12, 64}, {3, 6, 10, 20, 64}, {5, 8, 12, 24, 64}};

    /** Decoded points: times in epoch milliseconds, ascending, and their values. */
    public record Points(long[] times, double[] values) {
        public int size() {
            return times.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Points p && Arrays.equals(times, p.times) && Arrays.equals(values, p.values);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(times) + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(times) + " " + Arrays.toString(values);
        }
    }

    private PointCodec() {
    }

    /** Encodes points whose times strictly ascend (refuses any other order), in the smallest of the forms. */
    public static byte[] encode(long[] times, double[] values) {
        if (times.length != values.length) {
            throw new IllegalArgumentException("times and values differ in length: " + times.length + " and " + values.length);
        }
        for (int i = 1; i < times.length; i++) {
            if (times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("times must strictly ascend: " + times[i - 1] + " then " + times[i]);
            }
        }
        int scale = decimalScale(values);
        if (scale < 0) {
            return encode(times, values, XOR, null);
        }
        byte[] best = encode(times, values, XOR, null);
        for (int[] widths : VALUE_WIDTHS) {
            byte[] candidate = encode(times, values, scale, widths);
            if (candidate.length < best.length) {
                best = candidate;
            }
        }
        return best;
    }

    /** The XOR form whatever the values, to compare the two forms (bench/readings, PointCodecSpec). */
    static byte[] encodeXor(long[] times, double[] values) {
        return encode(times, values, XOR, null);
    }

    public static Points decode(byte[] data) {
        BitReader in = new BitReader(data);
        int version = (int) in.read(8);
        if (version != VERSION) {
            throw new IllegalArgumentException("unknown chunk version " + version);
        }
        int n = (int) in.read(32);
        long[] times = new long[n];
        double[] values = new double[n];
        if (n == 0) {
            return new Points(times, values);
        }
        int mode = (int) in.read(8);
        int[] widths = mode == XOR ? null : VALUE_WIDTHS[(int) in.read(8)];
        times[0] = in.read(64);
        long first = in.read(64);
        values[0] = mode == XOR ? Double.longBitsToDouble(first) : first / POW10[mode];
        long delta = 0;
        long scaled = first;
        long previousBits = first;
        int leading = Integer.MAX_VALUE;
        int trailing = 0;
        for (int i = 1; i < n; i++) {
            delta += unzigzag(readBucketed(in, TIME_WIDTHS));
            times[i] = times[i - 1] + delta;
            if (mode != XOR) {
                scaled += unzigzag(readBucketed(in, widths));
                values[i] = scaled / POW10[mode];
                continue;
            }
            if (in.read(1) == 0) {
                values[i] = Double.longBitsToDouble(previousBits);
                continue;
            }
            if (in.read(1) == 1) {
                leading = (int) in.read(6);
                trailing = 64 - leading - ((int) in.read(6) + 1);
            }
            previousBits ^= in.read(64 - leading - trailing) << trailing;
            values[i] = Double.longBitsToDouble(previousBits);
        }
        return new Points(times, values);
    }

    private static byte[] encode(long[] times, double[] values, int mode, int[] widths) {
        BitWriter out = new BitWriter(16 + times.length * 2);
        out.write(VERSION, 8);
        out.write(times.length, 32);
        if (times.length == 0) {
            return out.bytes();
        }
        out.write(mode, 8);
        if (mode != XOR) {
            out.write(Arrays.asList(VALUE_WIDTHS).indexOf(widths), 8);
        }
        out.write(times[0], 64);
        long first = mode == XOR ? Double.doubleToRawLongBits(values[0]) : Math.round(values[0] * POW10[mode]);
        out.write(first, 64);
        long previousDelta = 0;
        long previous = first;
        int leading = Integer.MAX_VALUE;
        int trailing = 0;
        for (int i = 1; i < times.length; i++) {
            long delta = times[i] - times[i - 1];
            writeBucketed(out, zigzag(delta - previousDelta), TIME_WIDTHS);
            previousDelta = delta;
            if (mode != XOR) {
                long scaled = Math.round(values[i] * POW10[mode]);
                writeBucketed(out, zigzag(scaled - previous), widths);
                previous = scaled;
                continue;
            }
            long bits = Double.doubleToRawLongBits(values[i]);
            long xor = bits ^ previous;
            previous = bits;
            if (xor == 0) {
                out.write(0, 1);
                continue;
            }
            out.write(1, 1);
            int lead = Math.min(63, Long.numberOfLeadingZeros(xor));
            int trail = Long.numberOfTrailingZeros(xor);
            if (leading != Integer.MAX_VALUE && lead >= leading && trail >= trailing) {
                out.write(0, 1);
            } else {
                leading = lead;
                trailing = trail;
                out.write(1, 1);
                out.write(leading, 6);
                out.write(64 - leading - trailing - 1, 6);
            }
            out.write(xor >>> trailing, 64 - leading - trailing);
        }
        return out.bytes();
    }

    /** The fewest fraction digits that give back every value exactly, or -1 (a NaN, an infinity, -0.0, a binary fraction). */
    static int decimalScale(double[] values) {
        for (int scale = 0; scale <= MAX_SCALE; scale++) {
            if (exactAt(values, scale)) {
                return scale;
            }
        }
        return -1;
    }

    private static boolean exactAt(double[] values, int scale) {
        double p = POW10[scale];
        for (double v : values) {
            if (!(Math.abs(v) * p < 0x1p52)) {
                return false;
            }
            long s = Math.round(v * p);
            if (Double.doubleToRawLongBits(s / p) != Double.doubleToRawLongBits(v)) {
                return false;
            }
        }
        return true;
    }

    /** 0 costs one bit; else as many 1 bits as the bucket's rank, a 0 unless it is the last, then the bucket's bits. */
    private static void writeBucketed(BitWriter out, long zigzag, int[] widths) {
        if (zigzag == 0) {
            out.write(0, 1);
            return;
        }
        for (int i = 0; i < widths.length; i++) {
            boolean last = i == widths.length - 1;
            if (last || zigzag >>> widths[i] == 0) {
                out.write(1, 1);
                out.write((1L << i) - 1, i);
                if (!last) {
                    out.write(0, 1);
                }
                out.write(zigzag, widths[i]);
                return;
            }
        }
    }

    private static long readBucketed(BitReader in, int[] widths) {
        if (in.read(1) == 0) {
            return 0;
        }
        int rank = 0;
        while (rank < widths.length - 1 && in.read(1) == 1) {
            rank++;
        }
        return in.read(widths[rank]);
    }

    private static long zigzag(long n) {
        return (n << 1) ^ (n >> 63);
    }

    private static long unzigzag(long z) {
        return (z >>> 1) ^ -(z & 1);
    }

    /** Bits, most significant first, into a growing byte array. */
    private static final class BitWriter {
        private byte[] buffer;
        private long bits;

        BitWriter(int capacity) {
            buffer = new byte[Math.max(16, capacity)];
        }

        void write(long value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                int at = (int) (bits >>> 3);
                if (at >= buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                if (((value >>> i) & 1) != 0) {
                    buffer[at] |= (byte) (0x80 >>> (bits & 7));
                }
                bits++;
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, (int) ((bits + 7) >>> 3));
        }
    }

    private static final class BitReader {
        private final byte[] data;
        private long bits;

        BitReader(byte[] data) {
            this.data = data;
        }

        long read(int count) {
            if (bits + count > (long) data.length * 8) {
                throw new IllegalArgumentException("chunk ends early: " + data.length + " bytes");
            }
            long value = 0;
            for (int i = 0; i < count; i++) {
                value = (value << 1) | ((data[(int) (bits >>> 3)] >>> (7 - (bits & 7))) & 1);
                bits++;
            }
            return value;
        }
    }
}
