package vn.dcim.mqtt.collector;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The remote collector's outbox on disk: an append-only log of segment files and a
 * committed offset. Every entry gets the next sequence number and is fsync'd before {@link #append}
 * returns; the publisher sends the oldest ({@link #peek}) and removes it only once the broker has
 * acknowledged it ({@link #ack}), so a broker outage, a lost link or a restart of the collector loses
 * nothing, and the entries leave in the order they came.
 * <p>
 * Layout of {@code dir}: {@code epoch} (this log's identity: a new one if the directory was lost, so
 * the center does not take the restarted numbering for replays), {@code acked} (the highest sequence
 * the broker acknowledged, replaced atomically) and {@code <first seq>.seg} files of records
 * {@code [length int][seq long][crc32 int][payload]}. A record torn by a crash (short or with a wrong
 * checksum) ends its segment and is cut off when the log is opened.
 * <p>
 * Bounded: past {@code maxBytes} the oldest segment is dropped, its entries counted and logged (an outage
 * longer than the disk allows loses the oldest readings, never the newest).
 */
public final class DiskBuffer implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(DiskBuffer.class);
    private static final int HEADER = 4 + 8 + 4;

    /** One buffered payload and its sequence number. */
    public record Entry(long seq, byte[] payload) {
    }

    private record Location(long seq, long segment, long offset, int length) {
    }

    private static final class Segment {
        final long first;
        final Path path;
        long size;
        long last;

        Segment(long first, Path path) {
            this.first = first;
            this.path = path;
        }
    }

    private final Path dir;
    private final long maxBytes;
    private final long segmentBytes;
    private final String epoch;
    private final TreeMap<Long, Segment> segments = new TreeMap<>();
    private final Deque<Location> unacked = new ArrayDeque<>();
    private FileChannel writing;
    private Segment current;
    private long nextSeq;
    private long acked;
    private long dropped;

    public DiskBuffer(Path dir, long maxBytes, long segmentBytes) {
        if (segmentBytes <= 0 || maxBytes < segmentBytes * 2) {
            throw new IllegalArgumentException("the buffer must hold at least two segments of " + segmentBytes + " bytes");
        }
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.segmentBytes = segmentBytes;
        try {
            Files.createDirectories(dir);
            this.epoch = readOrCreateEpoch();
            this.acked = Files.exists(dir.resolve("acked")) ? Long.parseLong(Files.readString(dir.resolve("acked")).trim()) : 0;
            recover();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the collector buffer " + dir + ": " + e.getMessage(), e);
        }
    }

    private String readOrCreateEpoch() throws IOException {
        Path file = dir.resolve("epoch");
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        String fresh = UUID.randomUUID().toString();
        writeAtomically(file, fresh);
        return fresh;
    }

    /** Reads every segment, cuts a torn tail, and indexes what the broker has not acknowledged. */
    private void recover() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".seg")).sorted().toList();
        }
        long highest = acked;
        for (Path file : files) {
            Segment s = new Segment(Long.parseLong(file.getFileName().toString().replace(".seg", "")), file);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                long pos = 0;
                long size = ch.size();
                ByteBuffer header = ByteBuffer.allocate(HEADER);
                while (pos + HEADER <= size) {
                    header.clear();
                    ch.read(header, pos);
                    header.flip();
                    int length = header.getInt();
                    long seq = header.getLong();
                    int crc = header.getInt();
                    if (length < 0 || pos + HEADER + length > size) {
                        break;
                    }
                    ByteBuffer body = ByteBuffer.allocate(length);
                    ch.read(body, pos + HEADER);
                    if (crc(body.array()) != crc) {
                        break;
                    }
                    if (seq > acked) {
                        unacked.add(new Location(seq, s.first, pos, length));
                    }
                    s.last = seq;
                    highest = Math.max(highest, seq);
                    pos += HEADER + length;
                }
                if (pos < size) {
                    LOG.warn("Collector buffer {}: cut a torn record at byte {} (a crash while writing; that entry was never acknowledged to the poller)",
                            file, pos);
                    ch.truncate(pos);
                    ch.force(true);
                }
                s.size = pos;
            }
            segments.put(s.first, s);
        }
        nextSeq = highest + 1;
        deleteAckedSegments();
        if (!unacked.isEmpty()) {
            LOG.info("Collector buffer {}: {} entries ({} bytes) waiting for the broker since the last run", dir, unacked.size(), bytes());
        }
    }

    /** Appends and fsyncs one entry; returns its sequence number. */
    public synchronized long append(byte[] payload) {
        try {
            if (current == null || current.size >= segmentBytes) {
                roll();
            }
            long seq = nextSeq++;
            ByteBuffer record = ByteBuffer.allocate(HEADER + payload.length);
            record.putInt(payload.length).putLong(seq).putInt(crc(payload)).put(payload).flip();
            long offset = current.size;
            while (record.hasRemaining()) {
                writing.write(record, offset + record.position());
            }
            writing.force(false);
            current.size += HEADER + payload.length;
            current.last = seq;
            unacked.add(new Location(seq, current.first, offset, payload.length));
            enforceCap();
            return seq;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the collector buffer " + dir + ": " + e.getMessage(), e);
        }
    }

    private void roll() throws IOException {
        if (writing != null) {
            writing.close();
        }
        current = new Segment(nextSeq, dir.resolve(String.format("%020d.seg", nextSeq)));
        segments.put(current.first, current);
        writing = FileChannel.open(current.path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        current.size = writing.size();
        // the new file's name must survive a crash too
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException ignored) {
            // not every file system lets a directory be opened; the record itself is fsync'd
        }
    }

    /** Past the cap, the oldest segments go (never the one being written), their entries counted as dropped. */
    private void enforceCap() throws IOException {
        while (bytes() > maxBytes && segments.size() > 1) {
            Segment oldest = segments.firstEntry().getValue();
            long lost = 0;
            while (!unacked.isEmpty() && unacked.peekFirst().segment() == oldest.first) {
                unacked.pollFirst();
                lost++;
            }
            dropped += lost;
            if (oldest.last > acked) {
                acked = oldest.last;
                writeAtomically(dir.resolve("acked"), Long.toString(acked));
            }
            segments.remove(oldest.first);
            Files.deleteIfExists(oldest.path);
            LOG.error("Collector buffer {} is full ({} bytes): dropped the {} oldest readings batches ({} since start); the broker has been away too long",
                    dir, maxBytes, lost, dropped);
        }
    }

    /** The oldest entry the broker has not acknowledged. */
    public synchronized Optional<Entry> peek() {
        Location at = unacked.peekFirst();
        if (at == null) {
            return Optional.empty();
        }
        Segment s = segments.get(at.segment());
        try (FileChannel ch = FileChannel.open(s.path, StandardOpenOption.READ)) {
            ByteBuffer body = ByteBuffer.allocate(at.length());
            while (body.hasRemaining()) {
                if (ch.read(body, at.offset() + HEADER + body.position()) < 0) {
                    throw new IOException("short read");
                }
            }
            return Optional.of(new Entry(at.seq(), body.array()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the collector buffer " + s.path + ": " + e.getMessage(), e);
        }
    }

    /** Every entry not yet acknowledged, oldest first (what an outage has kept back; read from disk). */
    public synchronized List<Entry> pending() {
        List<Entry> out = new ArrayList<>(unacked.size());
        for (Location at : unacked) {
            Segment s = segments.get(at.segment());
            try (FileChannel ch = FileChannel.open(s.path, StandardOpenOption.READ)) {
                ByteBuffer body = ByteBuffer.allocate(at.length());
                ch.read(body, at.offset() + HEADER);
                out.add(new Entry(at.seq(), body.array()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the collector buffer " + s.path + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The broker has every entry up to {@code seq}: they leave the buffer, for good. */
    public synchronized void ack(long seq) {
        if (seq <= acked) {
            return;
        }
        while (!unacked.isEmpty() && unacked.peekFirst().seq() <= seq) {
            unacked.pollFirst();
        }
        acked = seq;
        try {
            writeAtomically(dir.resolve("acked"), Long.toString(acked));
            deleteAckedSegments();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the acknowledged offset in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void deleteAckedSegments() throws IOException {
        List<Long> gone = new ArrayList<>();
        for (Map.Entry<Long, Segment> e : segments.entrySet()) {
            Segment s = e.getValue();
            if (s != current && s.last <= acked) {
                Files.deleteIfExists(s.path);
                gone.add(e.getKey());
            }
        }
        gone.forEach(segments::remove);
    }

    /** Entries waiting for the broker. */
    public synchronized int depth() {
        return unacked.size();
    }

    /** Bytes on disk. */
    public synchronized long bytes() {
        return segments.values().stream().mapToLong(s -> s.size).sum();
    }

    /** Entries dropped by the size cap since this buffer was opened. */
    public synchronized long dropped() {
        return dropped;
    }

    public String epoch() {
        return epoch;
    }

    private void writeAtomically(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.US_ASCII)));
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static int crc(byte[] payload) {
        CRC32 c = new CRC32();
        c.update(payload);
        return (int) c.getValue();
    }

    @Override
    public synchronized void close() {
        try {
            if (writing != null) {
                writing.close();
            }
        } catch (IOException e) {
            LOG.debug("Collector buffer close: {}", e.getMessage());
        }
    }
}
