package vn.dcim.mqtt.broker;

import org.slf4j.LoggerFactory;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Paho's log calls (v3 and v5 clients), sent to SLF4J like the rest of the product's logs. Installed
 * with {@link #install()}. Paho creates a logger for every token, that is for every acknowledgement the
 * bridge sends; its default java.util.logging logger looked itself up in the LogManager each time,
 * a cost per message that showed in bench/mqtt. This one is a field assignment and a map lookup.
 * Paho logs message-catalogue keys: the text comes from its bundle, only when the level is on.
 */
public final class PahoSlf4jLogger implements org.eclipse.paho.client.mqttv3.logging.Logger,
        org.eclipse.paho.mqttv5.client.logging.Logger {
    // Paho's levels, the same numbers in both clients' interfaces
    private static final int SEVERE = 1;
    private static final int WARNING = 2;
    private static final int INFO = 3;
    private static final int CONFIG = 4;
    private static final int FINE = 5;
    private static final int FINER = 6;
    private static final int FINEST = 7;

    private ResourceBundle catalog;
    private org.slf4j.Logger log;

    /** Makes every Paho client created afterwards log through SLF4J. */
    public static void install() {
        org.eclipse.paho.client.mqttv3.logging.LoggerFactory.setLogger(PahoSlf4jLogger.class.getName());
        org.eclipse.paho.mqttv5.client.logging.LoggerFactory.setLogger(PahoSlf4jLogger.class.getName());
    }

    @Override
    public void initialise(ResourceBundle messageCatalog, String loggerID, String resourceName) {
        this.catalog = messageCatalog;
        this.log = LoggerFactory.getLogger(loggerID);
    }

    @Override
    public void setResourceName(String logContext) {
        // the client id is already part of Paho's messages
    }

    @Override
    public boolean isLoggable(int level) {
        return switch (level) {
            case SEVERE -> log.isErrorEnabled();
            case WARNING -> log.isWarnEnabled();
            case INFO -> log.isInfoEnabled();
            case CONFIG, FINE -> log.isDebugEnabled();
            default -> log.isTraceEnabled();
        };
    }

    @Override
    public void severe(String c, String m, String msg) {
        log(SEVERE, c, m, msg, null, null);
    }

    @Override
    public void severe(String c, String m, String msg, Object[] inserts) {
        log(SEVERE, c, m, msg, inserts, null);
    }

    @Override
    public void severe(String c, String m, String msg, Object[] inserts, Throwable t) {
        log(SEVERE, c, m, msg, inserts, t);
    }

    @Override
    public void warning(String c, String m, String msg) {
        log(WARNING, c, m, msg, null, null);
    }

    @Override
    public void warning(String c, String m, String msg, Object[] inserts) {
        log(WARNING, c, m, msg, inserts, null);
    }

    @Override
    public void warning(String c, String m, String msg, Object[] inserts, Throwable t) {
        log(WARNING, c, m, msg, inserts, t);
    }

    @Override
    public void info(String c, String m, String msg) {
        log(INFO, c, m, msg, null, null);
    }

    @Override
    public void info(String c, String m, String msg, Object[] inserts) {
        log(INFO, c, m, msg, inserts, null);
    }

    @Override
    public void info(String c, String m, String msg, Object[] inserts, Throwable t) {
        log(INFO, c, m, msg, inserts, t);
    }

    @Override
    public void config(String c, String m, String msg) {
        log(CONFIG, c, m, msg, null, null);
    }

    @Override
    public void config(String c, String m, String msg, Object[] inserts) {
        log(CONFIG, c, m, msg, inserts, null);
    }

    @Override
    public void config(String c, String m, String msg, Object[] inserts, Throwable t) {
        log(CONFIG, c, m, msg, inserts, t);
    }

    @Override
    public void fine(String c, String m, String msg) {
        log(FINE, c, m, msg, null, null);
    }

    @Override
    public void fine(String c, String m, String msg, Object[] inserts) {
        log(FINE, c, m, msg, inserts, null);
    }

    @Override
    public void fine(String c, String m, String msg, Object[] inserts, Throwable t) {
        log(FINE, c, m, msg, inserts, t);
    }

    @Override
    public void finer(String c, String m, String msg) {
        log(FINER, c, m, msg, null, null);
    }

    @Override
    public void finer(String c, String m, String msg, Object[] inserts) {
        log(FINER, c, m, msg, inserts, null);
    }

    @Override
    public void finer(String c, String m, String msg, Object[] inserts, Throwable t) {
        log(FINER, c, m, msg, inserts, t);
    }

    @Override
    public void finest(String c, String m, String msg) {
        log(FINEST, c, m, msg, null, null);
    }

    @Override
    public void finest(String c, String m, String msg, Object[] inserts) {
        log(FINEST, c, m, msg, inserts, null);
    }

    @Override
    public void finest(String c, String m, String msg, Object[] inserts, Throwable t) {
        log(FINEST, c, m, msg, inserts, t);
    }

    @Override
    public void log(int level, String sourceClass, String sourceMethod, String msg, Object[] inserts, Throwable thrown) {
        if (!isLoggable(level)) {
            return;
        }
        String text = sourceMethod + ": " + formatMessage(msg, inserts);
        switch (level) {
            case SEVERE -> log.error(text, thrown);
            case WARNING -> log.warn(text, thrown);
            case INFO -> log.info(text, thrown);
            case CONFIG, FINE -> log.debug(text, thrown);
            default -> log.trace(text, thrown);
        }
    }

    @Override
    public void trace(int level, String sourceClass, String sourceMethod, String msg, Object[] inserts, Throwable thrown) {
        log(FINEST, sourceClass, sourceMethod, msg, inserts, thrown);
    }

    @Override
    public String formatMessage(String msg, Object[] inserts) {
        String pattern = msg;
        if (catalog != null && msg != null) {
            try {
                pattern = catalog.getString(msg);
            } catch (MissingResourceException e) {
                // not a catalogue key: Paho passed the text itself
            }
        }
        if (pattern == null || inserts == null || inserts.length == 0) {
            return pattern;
        }
        return MessageFormat.format(pattern, inserts);
    }

    @Override
    public void dumpTrace() {
        // Paho's trace dump is for its own java.util.logging memory handler
    }
}
