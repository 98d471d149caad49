package vn.dcim.mqtt.testing

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions
import java.util.concurrent.TimeUnit

/**
 * A private Debian Mosquitto with persistence on, on a free port and a temp directory, for specs that
 * stop and restart the broker (the shared one on 1883 is never touched). The settings are the ones
 * docs/mqtt.md asks of a production broker: unlimited queue for the bridge's persistent session and
 * room for a full batch in flight.
 */
class Mosquitto implements Closeable {
    final int port
    final Path dir
    /** what mosquitto_pub needs to reach this broker (TLS CA, credentials) */
    final List<String> clientArgs
    private Process process

    Mosquitto() {
        this('allow_anonymous true', [])
    }

    /**
     * The broker exactly as docs/mqtt.md configures a production one, for bench/mqtt: the store is
     * written at Mosquitto's own interval (and on shutdown), not every second as the specs need to
     * make a kill mid-stream lose nothing. Rewriting a store of 400,000 queued messages every second
     * took more CPU than the bridge itself, and the longer a drain ran the more often it was paid.
     */
    static Mosquitto asDocumented() {
        new Mosquitto('allow_anonymous true', [], null, false)
    }

    /** {@code access} is the listener's security configuration, {@code clientArgs} what mosquitto_pub needs for it. */
    Mosquitto(String access, List<String> clientArgs, Path dir = null, boolean saveEverySecond = true) {
        this.port = FreePort.find()
        this.clientArgs = clientArgs
        this.dir = dir ?: Files.createTempDirectory('mosquitto-')
        // started as root, Mosquitto drops to the user "mosquitto", which must be able to write its store
        Files.setPosixFilePermissions(this.dir, PosixFilePermissions.fromString('rwxrwxrwx'))
        List<String> conf = ["listener ${port} 127.0.0.1".toString()] + access.readLines()*.trim() + [
                'persistence true',
                "persistence_location ${this.dir}/".toString(),
                saveEverySecond ? 'autosave_interval 1' : '# autosave_interval: Mosquitto\'s default',
                'max_queued_messages 0',
                'max_inflight_messages 10000',
                "log_dest file ${this.dir}/mosquitto.log".toString()]
        Files.writeString(this.dir.resolve('mosquitto.conf'), conf.join('\n') + '\n')
        start()
    }

    String url() { "${clientArgs.contains('--cafile') ? 'ssl' : 'tcp'}://127.0.0.1:${port}" }

    void start() {
        process = new ProcessBuilder('/usr/sbin/mosquitto', '-c', dir.resolve('mosquitto.conf').toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve('stdout.log').toFile()).start()
        long until = System.currentTimeMillis() + 10_000
        while (System.currentTimeMillis() < until) {
            try {
                new Socket('127.0.0.1', port).close()
                return
            } catch (IOException ignored) {
                Thread.sleep(50)
            }
        }
        throw new IllegalStateException("mosquitto did not start on ${port}: ${dir.resolve('stdout.log').text}")
    }

    /** SIGTERM: Mosquitto writes its persistence file and exits, as on a service restart. */
    void stop() {
        process.destroy()
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor()
        }
    }

    /** SIGKILL: no goodbye to the clients and no last save, as a broker machine lost (what autosave wrote stays). */
    void kill() {
        process.destroyForcibly().waitFor()
    }

    /**
     * Waits until the broker has written its store after this call, so that a {@link #kill} keeps the sessions
     * and subscriptions made before it: a kill within the autosave interval of a subscription loses it, and the
     * messages queued for that session with it, as it would on a real broker.
     */
    void awaitSave(int timeoutSeconds = 10) {
        long since = System.currentTimeMillis()
        Path store = dir.resolve('mosquitto.db')
        long until = since + timeoutSeconds * 1000L
        while (!(Files.exists(store) && Files.getLastModifiedTime(store).toMillis() > since)) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("mosquitto wrote no store to ${store} within ${timeoutSeconds} s")
            }
            Thread.sleep(50)
        }
    }

    void restart() {
        stop()
        start()
    }

    /** Publishes each line as one QoS 1 message to the topic with Debian's mosquitto_pub. */
    void publishLines(String topic, List<String> lines) {
        Process p = new ProcessBuilder(['mosquitto_pub', '-h', '127.0.0.1', '-p', port as String, '-q', '1',
                '-t', topic, '-l'] + clientArgs).redirectErrorStream(true).start()
        p.outputStream.withWriter('UTF-8') { w -> lines.each { w.write(it); w.write('\n') } }
        assert p.waitFor(120, TimeUnit.SECONDS)
        assert p.exitValue() == 0: p.inputStream.text
    }

    /** One message per line of a file, as a device's stream: nothing of it passes through this JVM. */
    void publishFile(String topic, Path lines) {
        Process p = new ProcessBuilder(['mosquitto_pub', '-h', '127.0.0.1', '-p', port as String, '-q', '1',
                '-t', topic, '-l'] + clientArgs).redirectInput(lines.toFile()).redirectErrorStream(true).start()
        assert p.waitFor(120, TimeUnit.SECONDS)
        assert p.exitValue() == 0: p.inputStream.text
    }

    /** One message, the payload given as bytes (e.g. not UTF-8) through a file. */
    void publish(String topic, byte[] payload) {
        Path f = Files.createTempFile(dir, 'payload-', '.bin')
        Files.write(f, payload)
        Process p = new ProcessBuilder(['mosquitto_pub', '-h', '127.0.0.1', '-p', port as String, '-q', '1',
                '-t', topic, '-f', f.toString()] + clientArgs).redirectErrorStream(true).start()
        assert p.waitFor(30, TimeUnit.SECONDS)
        assert p.exitValue() == 0: p.inputStream.text
    }

    void publish(String topic, String payload) {
        publish(topic, payload.getBytes('UTF-8'))
    }

    @Override
    void close() {
        stop()
        dir.toFile().deleteDir()
    }
}
