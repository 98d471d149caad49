package vn.dcim.core.devicelog;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Datagrams the kernel dropped for a receiver's own UDP socket because its receive buffer was full: the
 * {@code drops} column of /proc/net/udp and /proc/net/udp6, on the rows of the socket's local port whose
 * inode is one of this process's open sockets (another process on the same port is not ours). A burst that
 * overflows the buffer never reaches the receiver's code, so its own counts cannot see it; this can.
 * Zero where /proc is not there (not Linux).
 */
public final class KernelUdpDrops {
    private static final List<Path> TABLES = List.of(Path.of("/proc/net/udp"), Path.of("/proc/net/udp6"));
    private static final Path OWN_FDS = Path.of("/proc/self/fd");

    private KernelUdpDrops() {
    }

    /** The kernel's drops so far of this process's UDP sockets bound to {@code port}. */
    public static long of(int port) {
        if (port <= 0) {
            return 0;
        }
        Set<String> own = ownSocketInodes();
        long drops = 0;
        for (Path table : TABLES) {
            drops += drops(table, port, own);
        }
        return drops;
    }

    /**
     * A row: "sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ref pointer drops",
     * the local address as HEX_IP:HEX_PORT.
     */
    static long drops(Path table, int port, Set<String> ownInodes) {
        if (!Files.isReadable(table)) {
            return 0;
        }
        String hexPort = ":" + String.format(Locale.ROOT, "%04X", port);
        long drops = 0;
        try {
            List<String> lines = Files.readAllLines(table);
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).trim().split("\\s+");
                if (f.length < 13 || !f[1].endsWith(hexPort) || !ownInodes.contains(f[9])) {
                    continue;
                }
                drops += Long.parseLong(f[12]);
            }
        } catch (IOException | NumberFormatException e) {
            return drops;
        }
        return drops;
    }

    /** The inodes of this process's sockets, from the links of /proc/self/fd ("socket:[12345]"). */
    static Set<String> ownSocketInodes() {
        Set<String> inodes = new HashSet<>();
        if (!Files.isDirectory(OWN_FDS)) {
            return inodes;
        }
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(OWN_FDS)) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException | UnsupportedOperationException closedWhileListed) {
                    // a descriptor closed between the listing and the read is no socket of ours any more: skipped
                    continue;
                }
            }
        } catch (IOException e) {
            return inodes;
        }
        return inodes;
    }
}
