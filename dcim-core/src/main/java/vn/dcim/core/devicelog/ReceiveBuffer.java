package vn.dcim.core.devicelog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the kernel granted a receiver's UDP socket as receive buffer, told at start: a burst larger than the buffer
 * is dropped before the receiver sees it, and Linux silently caps what is asked at net.core.rmem_max.
 */
public final class ReceiveBuffer {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiveBuffer.class);
    private static final Path RMEM_MAX = Path.of("/proc/sys/net/core/rmem_max");

    private ReceiveBuffer() {
    }

    /** The line for the receiver's start; a warning of its own when the kernel's cap is below what was asked. */
    public static String told(int asked, int granted) {
        long max = rmemMax();
        // Linux reports twice what it grants (its bookkeeping counted in): the cap applies to the asked value
        String told = "UDP receive buffer: " + asked + " bytes asked, " + granted + " reported by the kernel";
        if (max > 0 && asked > max) {
            LOG.warn("A UDP receive buffer of {} bytes was asked, but net.core.rmem_max caps it at {}: bursts beyond it are"
                    + " dropped by the kernel (dcim_receiver_kernel_drops_total); raise it: sysctl -w net.core.rmem_max={}", asked, max, asked);
            return told + " (capped by net.core.rmem_max=" + max + ")";
        }
        return told;
    }

    static long rmemMax() {
        if (!Files.isReadable(RMEM_MAX)) {
            return -1;
        }
        // read as a line: Files.readString trusts the size /proc reports and returned "4" of "4194304"
        try (BufferedReader in = Files.newBufferedReader(RMEM_MAX)) {
            String line = in.readLine();
            return line == null ? -1 : Long.parseLong(line.trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
