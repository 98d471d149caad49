package vn.dcim.web.testing

import com.icegreen.greenmail.util.GreenMail
import com.icegreen.greenmail.util.ServerSetup
import spock.lang.Shared
import vn.dcim.core.testing.MariaDbSpec

/**
 * Base of the specs that read the e-mails the product sends: a real SMTP server (GreenMail) running while
 * the spec runs, and the settings that point the product at it ({@link #smtpProperties()}, added to a
 * spec's own {@code extraProperties()}).
 */
abstract class MailSpec extends MariaDbSpec {
    /** Taken once per test JVM: its specs run one after another, each starting and stopping its own server on it. */
    static final int SMTP_PORT = new ServerSocket(0).withCloseable { it.localPort }

    @Shared GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, '127.0.0.1', 'smtp'))

    static Map<String, String> smtpProperties() {
        ['dcim.notify.smtp.host': '127.0.0.1', 'dcim.notify.smtp.port': SMTP_PORT.toString()]
    }

    def setupSpec() {
        smtp.start()
    }

    def cleanupSpec() {
        smtp.stop()
    }
}
