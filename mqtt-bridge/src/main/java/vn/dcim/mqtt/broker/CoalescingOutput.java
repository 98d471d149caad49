package vn.dcim.mqtt.broker;

import vn.dcim.core.threads.NamedThreads;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A socket's output that holds a flush for a moment, so packets written back to back leave
 * together. Nothing waits longer than {@link #DELAY_MICROS}; a write that finds the buffer full sends
 * at once. A send that fails in the background is reported to the next write or flush, which is
 * where Paho expects to learn that its connection broke.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class CoalescingOutput extends OutputStream {
    static final long DELAY_MICROS = 500;
    private static final int BUFFER = 16 * 1024;
    private static final ScheduledExecutorService FLUSHER = NamedThreads.scheduled("mqtt-socket-flusher");

    private final OutputStream socket;
    private final byte[] buffer = new byte[BUFFER];
    private int count;
    private boolean flushPending;
    private IOException failure;

    @Override
    public synchronized void write(int b) throws IOException {
        failIfBroken();
        if (count == buffer.length) {
            sendHeld();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        failIfBroken();
        if (len > buffer.length - count) {
            sendHeld();
        }
        if (len > buffer.length) {
            socket.write(b, off, len);
            return;
        }
        System.arraycopy(b, off, buffer, count, len);
        count += len;
    }

    @Override
    public synchronized void flush() throws IOException {
        failIfBroken();
        if (count > 0 && !flushPending) {
            flushPending = true;
            FLUSHER.schedule(this::flushHeld, DELAY_MICROS, TimeUnit.MICROSECONDS);
        }
    }

    /** Sends what is held now, e.g. before the socket closes. */
    synchronized void drain() throws IOException {
        sendHeld();
        socket.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            socket.close();
        }
    }

    private synchronized void flushHeld() {
        flushPending = false;
        try {
            drain();
        } catch (IOException e) {
            failure = e;
        }
    }

    private void sendHeld() throws IOException {
        if (count > 0) {
            socket.write(buffer, 0, count);
            count = 0;
        }
    }

    private void failIfBroken() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }
}
