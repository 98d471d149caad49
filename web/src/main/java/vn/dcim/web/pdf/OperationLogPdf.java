package vn.dcim.web.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import vn.dcim.core.shift.Handover;
import vn.dcim.core.shift.HandoverItem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * A month of the operation log (QĐ 11/2023 Điều 12 khoản 1 điểm i, "nhật ký vận hành hệ thống") as an A4 PDF in its
 * reader's language: each accepted handover with its shift, who handed over to whom (by name) and when, what was
 * open, the shift's events and the notes. Every word comes from the message catalogue ({@link Words}), each line of a
 * handover as its reader words it; times on the center's clock, dd/MM/yyyy HH:mm; long lines wrap, nothing is cut.
 */
public final class OperationLogPdf extends FlowingPdf {
    private static final float MARGIN = PdfFlow.MARGIN;
    private static final float SIZE = 9;

    /** What the document says, in its reader's language. */
    public interface Words {
        /** The catalogue's text of {@code key} with its arguments. */
        String text(String key, Object... args);

        /** A line of a handover as the reader is told it. */
        String line(HandoverItem item);

        /** A person as people know them. */
        String person(String login);

        /** A handover line's reference ("alarm 12") in the reader's words ("Cảnh báo #12"). */
        String reference(String ref);
    }

    private final Words words;

    private OperationLogPdf(PDDocument doc, ZoneId zone, Words words) {
        super(doc, zone);
        this.words = words;
    }

    public static byte[] write(YearMonth month, List<Handover> handovers, Instant generatedAt, ZoneId zone, Words words) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            OperationLogPdf pdf = new OperationLogPdf(doc, zone, words);
            String monthText = String.format("%02d/%d", month.getMonthValue(), month.getYear());
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(words.text("oplog.pdf.document", monthText));
            pdf.flow.newPage();
            pdf.flow.text(words.text("oplog.pdf.title"), pdf.bold, 14, 0);
            pdf.flow.text(words.text("oplog.pdf.month", monthText), pdf.regular, 10, 0);
            pdf.flow.text(words.text("oplog.pdf.made", pdf.time.format(generatedAt), zone.getId(), handovers.size()), pdf.regular, 8, 0);
            if (handovers.isEmpty()) {
                pdf.flow.y -= 6;
                pdf.flow.text(words.text("oplog.pdf.empty"), pdf.regular, SIZE, 0);
            }
            int n = 0;
            for (Handover h : handovers) {
                pdf.handover(++n, h);
            }
            pdf.flow.finish();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handover(int n, Handover h) throws IOException {
        flow.y -= 8;
        flow.keepLines(6);
        flow.text(words.text("oplog.pdf.shift", n, time.format(h.shiftStart()), time.format(h.shiftEnd()), String.valueOf(h.id())), bold, 10.5f, 0);
        flow.text(words.text("oplog.pdf.people", named(h.outgoing()), named(h.incoming()), time.format(h.acceptedAt())), regular, SIZE, 8);
        items("openAlarms", h.summary().openAlarms());
        items("openIncidents", h.summary().openIncidents());
        items("maintenance", h.summary().maintenance());
        items("workOrders", h.summary().workOrders());
        items("events", h.summary().events());
        boolean none = h.notes() == null || h.notes().isBlank();
        flow.text(words.text(none ? "oplog.pdf.notes.none" : "oplog.pdf.notes"), bold, SIZE, 8);
        if (!none) {
            flow.text(h.notes(), regular, SIZE, 16);
        }
    }

    /** "Nguyễn Văn A (nguyen-van-a)": the name people know, the sign-in name that identifies them. */
    private String named(String login) {
        String name = words.person(login);
        return name.equals(login) ? login : name + " (" + login + ")";
    }

    private void items(String part, List<HandoverItem> items) throws IOException {
        String heading = words.text("handover.part." + part);
        flow.text(words.text(items.isEmpty() ? "oplog.pdf.part.empty" : "oplog.pdf.part", heading, items.size()), bold, SIZE, 8);
        for (HandoverItem i : items) {
            flow.text("• " + (i.at() == null ? "" : time.format(i.at()) + "  ") + words.reference(i.ref()) + " — " + words.line(i), regular, SIZE, 16);
        }
    }

}
