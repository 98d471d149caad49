package vn.dcim.core.outbound;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ports the product itself serves or uses on this machine: its web server (HTTP and HTTPS), its
 * database and its MQTT broker. A webhook aimed at one of them on this machine is a request forgery
 * against the product (a webhook to the database port once echoed its first bytes).
 */
@Singleton
class OwnPorts {
    private final Set<Integer> ports = new TreeSet<>();

    OwnPorts(@Value("${micronaut.server.port:8080}") int http, @Value("${micronaut.server.ssl.port:-1}") int https,
             @Value("${datasources.default.url:}") String database, @Value("${dcim.mqtt.url:}") String broker) {
        add(http);
        add(https);
        add(portOf(database.startsWith("jdbc:") ? database.substring(5) : database, 3306));
        add(portOf(broker, 1883));
    }

    boolean contains(int port) {
        return ports.contains(port);
    }

    Set<Integer> all() {
        return Set.copyOf(ports);
    }

    private void add(int port) {
        if (port > 0) {
            ports.add(port);
        }
    }

    private static int portOf(String url, int otherwise) {
        if (url == null || url.isBlank()) {
            return -1;
        }
        try {
            int port = URI.create(url).getPort();
            return port > 0 ? port : otherwise;
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }
}
