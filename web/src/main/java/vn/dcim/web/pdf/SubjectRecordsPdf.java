package vn.dcim.web.pdf;

import io.micronaut.core.annotation.Nullable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.dcim.core.access.AccessEvent;
import vn.dcim.core.people.StaffMember;
import vn.dcim.core.people.Visit;
import vn.dcim.core.personal.FacePicture;
import vn.dcim.core.personal.RetentionPolicy;
import vn.dcim.core.personal.SubjectRecords;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What the centre holds of one person, as the A4 document it hands to them on their request (Law 91/2025/QH15 on
 * personal data protection): who asked and when, the legal basis, the kinds of data held with their counts and
 * retention, each access event, visit and staff entry, and the face pictures listed. A picture is printed only where
 * the caller hands its bytes ({@code shown}: read through the audited reading by a reader allowed to see pictures);
 * otherwise it is described. Every word comes from the message catalogue in the reader's language; times on the
 * centre's clock, dd/MM/yyyy HH:mm.
 */
public final class SubjectRecordsPdf extends FlowingPdf {
    private static final float MARGIN = PdfFlow.MARGIN;
    private static final float SIZE = 9;
    private static final float PICTURE = 96;

    /** What the document says, in its reader's language. */
    public interface Words {
        String text(String key, Object... args);
    }

    private final ZoneId zone;
    private final Words words;

    private SubjectRecordsPdf(PDDocument doc, ZoneId zone, Words words) {
        super(doc, zone);
        this.zone = zone;
        this.words = words;
    }

    /**
     * @param centres the centres whose sites the records were cut to (empty: the province's whole holding)
     * @param shown   the bytes of the pictures to print, by picture id; a picture not in it is listed only
     */
    public static byte[] write(SubjectRecords r, List<String> centres, Map<Long, byte[]> shown, ZoneId zone, Words words) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            SubjectRecordsPdf pdf = new SubjectRecordsPdf(doc, zone, words);
            doc.getDocumentInformation().setTitle(words.text("pd.pdf.document", r.requestId()));
            pdf.flow.newPage();
            pdf.body(r, centres, shown);
            pdf.flow.finish();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void body(SubjectRecords r, List<String> centres, Map<Long, byte[]> shown) throws IOException {
        flow.text(words.text("pd.pdf.title"), bold, 14, 0);
        if (!centres.isEmpty()) {
            flow.text(words.text("pd.pdf.centre", String.join(", ", centres)), regular, 10, 0);
        }
        flow.text(words.text("pd.pdf.made", r.requestId(), time.format(r.exportedAt()), zone.getId()), regular, 8, 0);
        heading("pd.pdf.request");
        flow.text(words.text("pd.pdf.subject", dash(r.person()), dash(r.badge())), regular, SIZE, 8);
        flow.text(words.text("pd.pdf.askedBy", r.askedBy(), time.format(r.exportedAt())), regular, SIZE, 8);
        if (r.reason() != null) {
            flow.text(words.text("pd.pdf.reason", r.reason()), regular, SIZE, 8);
        }
        if (!r.sites().isEmpty()) {
            flow.text(words.text("pd.pdf.sites", String.join(", ", new java.util.TreeSet<>(r.sites()))), regular, SIZE, 8);
        }
        heading("pd.pdf.basis");
        flow.text(words.text("pd.pdf.basis.law"), regular, SIZE, 8);
        flow.text(words.text("pd.pdf.basis.log", RetentionPolicy.ACCESS_LOG_ARTICLE), regular, SIZE, 8);
        flow.text(words.text("pd.pdf.basis.pictures", RetentionPolicy.PICTURE_ARTICLE), regular, SIZE, 8);
        heading("pd.pdf.kinds");
        flow.text(words.text("pd.pdf.kinds.line", r.accessEvents().size(), r.visits().size(), r.staff().size(), r.pictures().size()), regular, SIZE, 8);

        heading("pd.pdf.events");
        if (r.accessEvents().isEmpty()) {
            flow.text(words.text("pd.pdf.none"), regular, SIZE, 8);
        }
        for (AccessEvent e : r.accessEvents()) {
            // the door by its name where the registry knew it, with the controller's number of it where it said one
            String door = (e.doorName() != null ? e.doorName() : e.deviceId())
                    + (e.doorNo() != null ? ", " + words.text("access.doorNo.short", e.doorNo()) : "");
            flow.text("• " + words.text("pd.pdf.event", time.format(e.deviceTime()), door, e.siteId(),
                    words.text("pd.pdf.result." + e.result().name()), words.text("pd.pdf.direction." + e.direction().name())), regular, SIZE, 8);
        }
        heading("pd.pdf.visits");
        if (r.visits().isEmpty()) {
            flow.text(words.text(r.sites().isEmpty() ? "pd.pdf.none" : "pd.pdf.visits.cut"), regular, SIZE, 8);
        }
        for (Visit v : r.visits()) {
            flow.text("• " + words.text("pd.pdf.visit", time.format(v.startsAt()), time.format(v.endsAt()), v.organisation(), v.purpose()), regular, SIZE, 8);
        }
        heading("pd.pdf.staff");
        if (r.staff().isEmpty()) {
            flow.text(words.text(r.sites().isEmpty() ? "pd.pdf.none" : "pd.pdf.visits.cut"), regular, SIZE, 8);
        }
        for (StaffMember s : r.staff()) {
            flow.text("• " + words.text(s.leftAt() == null ? "pd.pdf.staff.current" : "pd.pdf.staff.left", time.format(s.joinedAt()),
                    time.format(s.leftAt()), dash(s.badge())), regular, SIZE, 8);
        }
        heading("pd.pdf.pictures");
        if (r.pictures().isEmpty()) {
            flow.text(words.text("pd.pdf.none"), regular, SIZE, 8);
        } else if (shown.isEmpty()) {
            flow.text(words.text("pd.pdf.pictures.listed"), regular, SIZE, 8);
        }
        for (FacePicture p : r.pictures()) {
            flow.text("• " + words.text("pd.pdf.picture", p.id(), time.format(p.takenAt()), p.deviceId(), p.contentType(), p.bytes()), regular, SIZE, 8);
            byte[] image = shown.get(p.id());
            if (image != null) {
                picture(p.id(), image);
            }
        }
        flow.y -= 8;
        flow.text(words.text("pd.pdf.rights"), regular, 8, 0);
    }

    private void picture(long id, byte[] image) throws IOException {
        PDImageXObject x;
        try {
            x = PDImageXObject.createFromByteArray(doc, image, "picture-" + id);
        } catch (IOException | RuntimeException e) {
            // a terminal's picture that does not decode stays listed: one picture never costs the person their document
            flow.text(words.text("pd.pdf.picture.unreadable"), regular, SIZE, 16);
            return;
        }
        float scale = Math.min(PICTURE / x.getWidth(), PICTURE / x.getHeight());
        float w = x.getWidth() * scale;
        float h = x.getHeight() * scale;
        if (flow.y - h < MARGIN) {
            flow.newPage();
        }
        flow.page().drawImage(x, MARGIN + 16, flow.y - h, w, h);
        flow.y -= h + 6;
    }

    private void heading(String key) throws IOException {
        flow.y -= 6;
        flow.keepLines(4);
        flow.text(words.text(key), bold, 10.5f, 0);
    }

    private static String dash(@Nullable String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

}
