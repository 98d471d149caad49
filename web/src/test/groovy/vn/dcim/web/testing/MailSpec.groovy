package vn.dcim.web.testing

import com.icegreen.greenmail.util.GreenMail
import com.icegreen.greenmail.util.ServerSetup
import spock.lang.Shared
import vn.dcim.core.testing.MariaDbSpec

import java.util.concurrent.ConcurrentHashMap

/**
 * Base of the specs that read the e-mails the product sends: a real SMTP server (GreenMail) running while
 * the spec runs, and the settings that point the product at it ({@link #smtpProperties()}, added to a
 * spec's own {@code extraProperties()}).
 */
abstract class MailSpec extends MariaDbSpec {
    /** A free port per spec class, as each spec took its own: no port is held over from one spec to the next. */
    private static final Map<Class<?>, Integer> PORTS = new ConcurrentHashMap<>()

    @Shared GreenMail smtp = new GreenMail(new ServerSetup(smtpPort(), '127.0.0.1', 'smtp'))

    int smtpPort() {
        PORTS.computeIfAbsent(getClass()) { new ServerSocket(0).withCloseable { it.localPort } }
    }

    Map<String, String> smtpProperties() {
        ['dcim.notify.smtp.host': '127.0.0.1', 'dcim.notify.smtp.port': smtpPort().toString()]
    }

    def setupSpec() {
        smtp.start()
    }

    def cleanupSpec() {
        smtp.stop()
    }
}
