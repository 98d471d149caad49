package vn.dcim.web.broker;

import vn.dcim.mqtt.broker.BrokerRefusals;
import vn.dcim.mqtt.broker.DeviceCredentials;
import vn.dcim.mqtt.broker.TopicScope;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import io.netty.handler.codec.TooLongFrameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moquette 0.17 refuses two things before any hook of ours runs: a client without credentials
 * (when anonymous clients are not allowed) and a packet over its size limit (its decoder fails and
 * the connection is closed). Its only trace of either is a log line of its own, so the broker reads
 * those lines here and counts them in {@link BrokerRefusals}. Wrong credentials need none of this:
 * the broker's authenticator counts them itself.
 */
final class MoquetteRefusalLog extends AppenderBase<ILoggingEvent> {
    static final String CONNECTIONS = "io.moquette.broker.MQTTConnection";
    static final String PACKETS = "io.moquette.broker.NewNettyMQTTHandler";
    // Moquette's other warnings of these two loggers, under a name of ours (they no longer reach the root)
    private static final Logger FORWARD = LoggerFactory.getLogger("vn.dcim.mqtt.broker.moquette");

    private final BrokerRefusals refusals;

    private MoquetteRefusalLog(BrokerRefusals refusals) {
        this.refusals = refusals;
    }

    /** Starts reading Moquette's refusals; null when the logging back end is not Logback. */
    static MoquetteRefusalLog install(BrokerRefusals refusals) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return null;
        }
        MoquetteRefusalLog appender = new MoquetteRefusalLog(refusals);
        appender.setContext(context);
        appender.setName("dcim-broker-refusals");
        appender.start();
        for (String name : new String[]{CONNECTIONS, PACKETS}) {
            ch.qos.logback.classic.Logger logger = context.getLogger(name);
            // the refusal of an anonymous client is an INFO line; read it whatever the configured level
            logger.setLevel(Level.INFO);
            logger.setAdditive(false);
            logger.addAppender(appender);
        }
        return appender;
    }

    void uninstall() {
        if (getContext() instanceof LoggerContext context) {
            for (String name : new String[]{CONNECTIONS, PACKETS}) {
                context.getLogger(name).detachAppender(this);
            }
        }
        stop();
    }

    @Override
    protected void append(ILoggingEvent event) {
        String message = event.getMessage() == null ? "" : event.getMessage();
        Object[] args = event.getArgumentArray();
        String client = args != null && args.length > 0 ? "client " + args[0] : "unknown client";
        Throwable thrown = event.getThrowableProxy() instanceof ThrowableProxy p ? p.getThrowable() : null;
        if (message.contains("anonymous mode is disabled")) {
            refusals.refused(BrokerRefusals.Reason.anonymous, client);
        } else if (isTooLong(thrown)) {
            refusals.refused(BrokerRefusals.Reason.oversized, client + ": " + rootMessage(thrown));
        } else if (message.contains("Authenticator has rejected")) {
            // counted by the broker's authenticator
        } else if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
            if (event.getLevel() == Level.ERROR) {
                FORWARD.error(event.getFormattedMessage(), thrown);
            } else {
                FORWARD.warn(event.getFormattedMessage(), thrown);
            }
        }
    }

    private static boolean isTooLong(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof TooLongFrameException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage();
    }
}
