package vn.dcim.web.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.dcim.core.shift.Handover;
import vn.dcim.core.shift.HandoverItem;
import vn.dcim.core.time.CenterTime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A month of the operation log (seed 003 Art. 12.1i, "nhật ký vận hành hệ thống") as an A4 PDF in Vietnamese:
 * each accepted handover with its shift, who handed over to whom and when, what was open, the shift's
 * events and the notes. Times on the center's clock, dd/MM/yyyy HH:mm; long lines wrap, nothing is cut.
 */
public final class OperationLogPdf {
    private static final float MARGIN = 42;
    private static final float SIZE = 9;
    private static final float LEADING = 12;
    private static final Map<String, String> REFERENCES = Map.of("alarm", "Cảnh báo", "incident", "Sự cố",
            "work order", "Lệnh công việc", "window", "Khung bảo trì");

    private final PDDocument doc;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final CenterTime time;
    private final PdfText pdfText = new PdfText();
    private PDPageContentStream out;
    private float y;

    private OperationLogPdf(PDDocument doc, ZoneId zone) {
        this.doc = doc;
        this.regular = PdfFonts.regular(doc);
        this.bold = PdfFonts.bold(doc);
        this.time = new CenterTime(zone);
    }

    public static byte[] write(YearMonth month, List<Handover> handovers, Instant generatedAt, ZoneId zone) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            OperationLogPdf pdf = new OperationLogPdf(doc, zone);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Nhật ký vận hành hệ thống " + month);
            pdf.newPage();
            pdf.text("NHẬT KÝ VẬN HÀNH HỆ THỐNG", pdf.bold, 14, 0);
            pdf.text("Tháng " + String.format("%02d/%d", month.getMonthValue(), month.getYear())
                    + " — các lần giao, nhận ca trực (Điều 12 khoản 1 điểm i, Quyết định 22/2021)", pdf.regular, 10, 0);
            pdf.text("Lập lúc " + pdf.time.format(generatedAt) + " (giờ " + zone.getId() + "); " + handovers.size() + " lần giao ca", pdf.regular, 8, 0);
            if (handovers.isEmpty()) {
                pdf.y -= 6;
                pdf.text("Không có lần giao ca nào được nhận trong tháng.", pdf.regular, SIZE, 0);
            }
            int n = 0;
            for (Handover h : handovers) {
                pdf.handover(++n, h);
            }
            pdf.out.close();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handover(int n, Handover h) throws IOException {
        y -= 8;
        if (y < MARGIN + 6 * LEADING) {
            newPage();
        }
        text(n + ". Ca trực " + time.format(h.shiftStart()) + " – " + time.format(h.shiftEnd()) + " (biên bản số " + h.id() + ")", bold, 10.5f, 0);
        text("Người giao ca: " + h.outgoing() + "   Người nhận ca: " + h.incoming() + "   Nhận ca lúc: " + time.format(h.acceptedAt()), regular, SIZE, 8);
        items("Cảnh báo còn mở", h.summary().openAlarms());
        items("Sự cố còn mở", h.summary().openIncidents());
        items("Bảo trì đang thực hiện (cảnh báo bị chặn)", h.summary().maintenance());
        items("Lệnh công việc đang thực hiện", h.summary().workOrders());
        items("Sự kiện trong ca", h.summary().events());
        text("Ghi chú của người giao ca: " + (h.notes() == null || h.notes().isBlank() ? "(không có)" : ""), bold, SIZE, 8);
        if (h.notes() != null && !h.notes().isBlank()) {
            text(h.notes(), regular, SIZE, 16);
        }
    }

    private void items(String heading, List<HandoverItem> items) throws IOException {
        text(heading + " (" + items.size() + ")" + (items.isEmpty() ? ": không có" : ":"), bold, SIZE, 8);
        for (HandoverItem i : items) {
            text("• " + (i.at() == null ? "" : time.format(i.at()) + "  ") + reference(i.ref()) + " — " + i.text(), regular, SIZE, 16);
        }
    }

    /** "alarm 12" as the record holds it, in the document's Vietnamese: "Cảnh báo #12". */
    static String reference(String ref) {
        int space = ref == null ? -1 : ref.lastIndexOf(' ');
        if (space < 1) {
            return ref == null ? "" : ref;
        }
        String noun = REFERENCES.get(ref.substring(0, space));
        return noun == null ? ref : noun + " #" + ref.substring(space + 1);
    }

    /** Writes {@code s} from the left margin plus {@code indent}, wrapping at the right margin; a line break starts a new line. */
    private void text(String s, PDType0Font font, float size, float indent) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
        for (String paragraph : s.split("\\r?\\n", -1)) {
            for (String line : pdfText.wrap(pdfText.printable(paragraph, font), font, size, width)) {
                if (y < MARGIN + LEADING) {
                    newPage();
                }
                PdfText.show(out, font, size, MARGIN + indent, y, line);
                y -= Math.max(LEADING, size + 3);
            }
        }
    }

    private void newPage() throws IOException {
        out = PdfPages.next(doc, out, PDRectangle.A4);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
