package vn.dcim.core.personal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.crypto.FirstUseAead;
import vn.dcim.core.crypto.KeyDirectory;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.NamedPerson;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The face pictures door terminals push with an access event: sensitive data (Law 91/2025/QH15), so each is
 * encrypted before it reaches the database (AES-256-GCM, the key "face-pictures" of the key directory, outside the
 * database and its backups; QĐ 11/2023 Điều 30 khoản 7 điểm c), bounded in size, and read only through
 * {@link #read}, which writes who read whose picture, when and why in the audit log.
 */
@Singleton
public class FacePictures {
    private static final String COLUMNS = "id, device_id, site_id, message_id, person, badge, taken_at, stored_at, content_type, bytes";

    private final Jdbc jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final RetentionPolicy policy;
    private final FirstUseAead aead;

    FacePictures(Jdbc jdbc, AuditLog audit, Clock clock, RetentionPolicy policy, KeyDirectory keys) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
        this.aead = new FirstUseAead(keys, "face-pictures");
    }

    /**
     * A picture as the terminal sent it, with the event it belongs to (person and badge as the event named them) and the
     * site of its door.
     */
    public record Pushed(String deviceId, @Nullable String siteId, @Nullable String messageId, @Nullable String person, @Nullable String badge,
                         Instant takenAt, byte[] content) {
    }

    /** The bytes of a picture read, with what is known of it. */
    public record Opened(FacePicture picture, byte[] content) {
    }

    /**
     * Keeps a pushed picture, encrypted; the same event's picture pushed again is kept once. Refuses (with the
     * reason) a picture larger than the setting or one that is not a JPEG or PNG image.
     */
    public Optional<FacePicture> store(Pushed p) {
        if (p.content().length > policy.maxPictureBytes()) {
            throw new InvalidInputException("picture", "a picture of " + p.content().length + " bytes, more than the " + policy.maxPictureBytes() + " kept")
                    .explained("error.personal.picture-too-large", p.content().length, policy.maxPictureBytes());
        }
        String type = imageType(p.content());
        if (type == null) {
            throw new InvalidInputException("picture", "not a JPEG or PNG image").explained("error.personal.not-an-image");
        }
        Instant now = clock.instant();
        byte[] sealed = seal(p.content(), place(p.deviceId(), p.messageId(), p.takenAt()));
        int added = jdbc.update("keep a face picture", "INSERT IGNORE INTO face_picture (device_id, site_id, message_id, person, badge, taken_at, "
                        + "stored_at, content_type, bytes, sealed) VALUES (?,?,?,?,?,?,?,?,?,?)", p.deviceId(), p.siteId(), p.messageId(), p.person(), p.badge(),
                Timestamp.from(p.takenAt()), Timestamp.from(now), type, p.content().length, sealed);
        if (added == 0) {
            return Optional.empty();
        }
        return jdbc.list("read the picture kept", "SELECT " + COLUMNS + " FROM face_picture WHERE device_id = ? AND "
                        + (p.messageId() == null ? "message_id IS NULL AND taken_at = ?" : "message_id = ?") + " ORDER BY id DESC LIMIT 1",
                FacePictures::map, p.deviceId(), p.messageId() == null ? Timestamp.from(p.takenAt()) : p.messageId()).stream().findFirst();
    }

    /** One picture's bytes, for a person allowed to see it: the reading is written in the audit log first. */
    public Opened read(long id, String by, @Nullable String why) {
        List<Object[]> rows = jdbc.list("read a face picture", "SELECT " + COLUMNS + ", sealed FROM face_picture WHERE id = ?",
                rs -> new Object[]{map(rs), rs.getBytes(11)}, id);
        if (rows.isEmpty()) {
            throw new NotFoundException("Face picture", id);
        }
        FacePicture p = (FacePicture) rows.get(0)[0];
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("person", p.person());
        read.put("badge", p.badge());
        read.put("deviceId", p.deviceId());
        read.put("takenAt", p.takenAt().toString());
        read.put("why", why == null || why.isBlank() ? null : why.strip());
        // written before the bytes are given: a reading that is not audited does not happen
        audit.record(by, "face_picture", id, "read", null, read);
        return new Opened(p, open((byte[]) rows.get(0)[1], place(p.deviceId(), p.messageId(), p.takenAt())));
    }

    /** What is kept of one person, by name (ignoring case and marks) or badge, without the bytes. */
    public List<FacePicture> ofPerson(@Nullable String name, @Nullable String badge) {
        return ofPerson(name, badge, Set.of());
    }

    /** As above, taken at the doors of these sites only (an account limited to them; empty: every site). */
    public List<FacePicture> ofPerson(@Nullable String name, @Nullable String badge, Set<String> sites) {
        NamedPerson w = NamedPerson.of(name, badge);
        List<Object> params = new ArrayList<>(w.params());
        String within = within(sites, params);
        return jdbc.list("list a person's face pictures", "SELECT " + COLUMNS + " FROM face_picture WHERE " + w.sql() + within
                + " ORDER BY taken_at, id LIMIT 10000", FacePictures::map, params.toArray());
    }

    /** The newest {@code limit} pictures of one person after {@code offset}, newest first, at these sites' doors (empty: all). */
    public List<FacePicture> ofPerson(@Nullable String name, @Nullable String badge, Set<String> sites, int limit, int offset) {
        NamedPerson w = NamedPerson.of(name, badge);
        List<Object> params = new ArrayList<>(w.params());
        String within = within(sites, params);
        params.add(Math.max(1, Math.min(limit, 1000)));
        params.add(Math.max(0, offset));
        return jdbc.list("list a person's face pictures", "SELECT " + COLUMNS + " FROM face_picture WHERE " + w.sql() + within
                + " ORDER BY taken_at DESC, id DESC LIMIT ? OFFSET ?", FacePictures::map, params.toArray());
    }

    /** How many pictures of one person (or of everyone, neither named) are kept at these sites' doors (empty: all). */
    public long count(@Nullable String name, @Nullable String badge, Set<String> sites) {
        List<Object> params = new ArrayList<>();
        String where = " WHERE 1 = 1";
        if (!blank(name) || !blank(badge)) {
            NamedPerson w = NamedPerson.of(name, badge);
            params.addAll(w.params());
            where = " WHERE " + w.sql();
        }
        where += within(sites, params);
        return jdbc.list("count face pictures", "SELECT COUNT(*) FROM face_picture" + where, rs -> rs.getLong(1), params.toArray()).get(0);
    }

    /** The newest pictures, without bytes. */
    public List<FacePicture> recent(int limit) {
        return recent(Set.of(), limit, 0);
    }

    /** The newest pictures after {@code offset} taken at these sites' doors (empty: every site), without bytes. */
    public List<FacePicture> recent(Set<String> sites, int limit, int offset) {
        List<Object> params = new ArrayList<>();
        String within = within(sites, params);
        params.add(Math.max(1, Math.min(limit, 1000)));
        params.add(Math.max(0, offset));
        return jdbc.list("list face pictures", "SELECT " + COLUMNS + " FROM face_picture WHERE 1 = 1" + within
                + " ORDER BY taken_at DESC, id DESC LIMIT ? OFFSET ?", FacePictures::map, params.toArray());
    }

    /** The site of a picture's door, if the picture is kept and its door's site known: what decides who may see it. */
    public Optional<String> siteOf(long id) {
        return jdbc.list("read a face picture's site", "SELECT site_id FROM face_picture WHERE id = ?", rs -> Optional.ofNullable(rs.getString(1)), id)
                .stream().findFirst().flatMap(s -> s);
    }

    /**
     * The condition that keeps the rows of these sites only, its parameters appended; none for no sites (everyone's).
     * A picture of no known site is outside every limited scope.
     */
    private static String within(Set<String> sites, List<Object> params) {
        if (sites.isEmpty()) {
            return "";
        }
        params.addAll(sites);
        return " AND site_id IN (" + String.join(",", java.util.Collections.nCopies(sites.size(), "?")) + ")";
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    /** Erases every picture of one person; how many went. */
    public long eraseOf(@Nullable String name, @Nullable String badge) {
        NamedPerson w = NamedPerson.of(name, badge);
        return jdbc.deleteInChunks("erase a person's face pictures", "DELETE FROM face_picture WHERE " + w.sql(), 1000, w.params().toArray());
    }

    /** The retention purge: pictures taken before {@code before}, except those of the people under a legal hold. */
    public long purgeBefore(Instant before, Collection<String> heldNames, Collection<String> heldBadges) {
        StringBuilder sql = new StringBuilder("DELETE FROM face_picture WHERE taken_at < ?");
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(before));
        sql.append(vn.dcim.core.db.SparedPeople.of(heldNames, heldBadges).notOf("person", true, "badge", params));
        return jdbc.deleteInChunks("purge face pictures past their retention", sql.toString(), 1000, params.toArray());
    }

    /** How many pictures taken before {@code before} are held, those of people under a legal hold left out. */
    public long countBefore(Instant before, Collection<String> heldNames, Collection<String> heldBadges) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM face_picture WHERE taken_at < ?");
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(before));
        sql.append(vn.dcim.core.db.SparedPeople.of(heldNames, heldBadges).notOf("person", true, "badge", params));
        return jdbc.list("count face pictures past their retention", sql.toString(), rs -> rs.getLong(1), params.toArray()).get(0);
    }

    /** The oldest picture's time, if any: the compliance view's evidence that the purge runs. */
    public Optional<Instant> oldest() {
        return jdbc.list("the oldest face picture", "SELECT MIN(taken_at) FROM face_picture", rs -> {
            Timestamp t = rs.getTimestamp(1);
            return t == null ? null : t.toInstant();
        }).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** JPEG or PNG by their first bytes (a terminal's content type is not trusted), else null. */
    static String imageType(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        return null;
    }

    /** The associated data of a picture's ciphertext: sealed bytes moved to another row do not open. */
    private static byte[] place(String deviceId, @Nullable String messageId, Instant takenAt) {
        return ("face_picture/" + deviceId + "/" + (messageId == null ? "" : messageId) + "/" + takenAt.toEpochMilli())
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] seal(byte[] plain, byte[] place) {
        try {
            return aead.get().encrypt(plain, place);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a face picture: " + e.getMessage(), e);
        }
    }

    private byte[] open(byte[] sealed, byte[] place) {
        try {
            return aead.get().decrypt(sealed, place);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A face picture does not decrypt with the installation's key (another key directory?)", e);
        }
    }

    private static FacePicture map(ResultSet rs) throws SQLException {
        return new FacePicture(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getInt(10));
    }
}
