package vn.dcim.archfixture.web;

import vn.dcim.core.db.Jdbc;
import vn.dcim.core.site.RoomRepository;

import java.time.Instant;
import java.util.List;

/**
 * Breaks every rule of ArchitectureSpec on purpose, so the spec shows each rule can fail: a web class
 * holding a repository and the JDBC helper, paging with subList, reading the clock and the environment
 * itself, returning a 404 instead of throwing it. Never loaded by the product (test sources only, outside the product's packages).
 */
public class BrokenController {
    private final RoomRepository rooms;
    private final Jdbc jdbc;

    public BrokenController(RoomRepository rooms, Jdbc jdbc) {
        this.rooms = rooms;
        this.jdbc = jdbc;
    }

    public List<?> page(int offset, int limit) {
        List<?> all = rooms.findAll();
        return all.subList(offset, Math.min(all.size(), offset + limit));
    }

    public Instant when() {
        return Instant.now();
    }

    public String zone() {
        return System.getenv("DCIM_TIME_ZONE");
    }

    public Object ownConnection() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:mariadb://localhost/dcim", "dcim", "");
    }

    public Object absent() {
        return io.micronaut.http.HttpResponse.notFound();
    }

    public Object helper() {
        return jdbc;
    }
}
