package vn.dcim.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs a MariaDB client tool and turns a non-zero exit into an error that quotes the tool. */
final class Processes {
    private Processes() {
    }

    static Process start(List<String> command) throws IOException {
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
    }

    static CompletableFuture<String> stderrOf(Process p) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream err = p.getErrorStream()) {
                return new String(err.readAllBytes(), StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                return e.getMessage();
            }
        });
    }

    static void await(Process p, CompletableFuture<String> stderr, String what) throws IOException {
        try {
            int code = p.waitFor();
            if (code != 0) {
                throw new IOException(what + " exited with " + code + ": " + stderr.join());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException(what + " interrupted", e);
        }
    }
}
