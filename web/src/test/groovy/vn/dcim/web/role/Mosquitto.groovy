package vn.dcim.web.role

import java.nio.file.Files
import java.nio.file.Path

/**
 * A Mosquitto of the spec's own, in the foreground, on a free port, with passwords: it can be killed
 * (SIGKILL, as a broker machine lost) and started again on the same port.
 */
class Mosquitto implements Closeable {
    final int port
    final Path dir
    private Process process

    Mosquitto(Map<String, String> users) {
        port = new ServerSocket(0).withCloseable { it.localPort }
        dir = Files.createTempDirectory('spec-mosquitto')
        Path passwords = dir.resolve('passwd')
        Files.createFile(passwords)
        users.each { user, password ->
            def p = new ProcessBuilder('mosquitto_passwd', '-b', passwords.toString(), user, password).redirectErrorStream(true).start()
            assert p.waitFor() == 0: p.inputStream.text
        }
        // run as root, mosquitto reads its files as the 'mosquitto' user
        dir.toFile().setReadable(true, false)
        dir.toFile().setExecutable(true, false)
        passwords.toFile().setReadable(true, false)
        dir.resolve('mosquitto.conf').toFile().text = """\
            listener ${port} 127.0.0.1
            allow_anonymous false
            password_file ${passwords}
            persistence false
            """.stripIndent()
        start()
    }

    String url() {
        "tcp://127.0.0.1:${port}"
    }

    void start() {
        process = new ProcessBuilder('mosquitto', '-c', dir.resolve('mosquitto.conf').toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve('mosquitto.log').toFile()).start()
        long until = System.currentTimeMillis() + 10_000
        while (System.currentTimeMillis() < until) {
            try {
                new Socket('127.0.0.1', port).close()
                return
            } catch (IOException ignored) {
                sleep(50)
            }
        }
        throw new IllegalStateException("mosquitto did not listen on ${port}: ${dir.resolve('mosquitto.log').toFile().text}")
    }

    /** SIGKILL: no goodbye to the clients, as a lost link or machine. */
    void kill() {
        process.destroyForcibly().waitFor()
    }

    @Override
    void close() {
        process?.destroyForcibly()?.waitFor()
        dir.toFile().deleteDir()
    }
}
