package vn.dcim.web.api.stocktake;

import jakarta.inject.Singleton;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.dcim.core.account.PersonNames;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.stocktake.StocktakeReport;
import vn.dcim.web.pdf.PdfFonts;
import vn.dcim.web.pdf.PdfPages;
import vn.dcim.web.pdf.PdfText;
import vn.dcim.web.report.ReportXlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The stock-take record (biên bản kiểm kê tài sản) in Vietnamese, as the state-asset inventory wants
 * it: per room the assets found, misplaced (with the room they are registered in), unknown labels and
 * missing assets, the totals, the assets moved during the stock-take (from which room to which, by whom,
 * when), and a signatures block. Times in the center's zone.
 */
@Singleton
class StocktakeSheets {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final float MARGIN = 50;

    private final ZoneId zone;
    private final PersonNames people;

    // the center's zone as every screen shows it (the injected clock's: DCIM_TIME_ZONE)
    StocktakeSheets(Clock clock, PersonNames people) {
        this.zone = clock.getZone();
        this.people = people;
    }

    private String at(Instant t) {
        return t == null ? "—" : WHEN.format(t.atZone(zone));
    }

    /** The rows of the record: room, outcome, label, name, note. */
    List<List<String>> rows(StocktakeReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (StocktakeReport.RoomTally t : r.rooms()) {
            for (Asset a : t.found()) {
                rows.add(List.of(t.room().name(), "Có mặt", code(a), a.name(), ""));
            }
            for (StocktakeReport.Misplaced m : t.misplaced()) {
                rows.add(List.of(t.room().name(), "Sai vị trí", code(m.asset()), m.asset().name(),
                        "Đăng ký tại: " + (m.registeredRoom() == null ? "—" : m.registeredRoom().name())));
            }
            for (String u : t.unknown()) {
                rows.add(List.of(t.room().name(), "Nhãn không rõ", u, "", ""));
            }
            for (Asset a : t.missing()) {
                rows.add(List.of(t.room().name(), "Thiếu (không tìm thấy)", code(a), a.name(), ""));
            }
        }
        return rows;
    }

    /** The rows of the moves made during the stock-take: label, name, from room, to room, by whom, when. */
    List<List<String>> moves(StocktakeReport r) {
        List<List<String>> rows = new ArrayList<>();
        PersonNames.Lookup names = people.lookup();
        for (StocktakeReport.RoomTally t : r.rooms()) {
            for (StocktakeReport.Moved m : t.moved()) {
                rows.add(List.of(code(m.asset()), m.asset().name(), m.from() == null ? "—" : m.from().name(), m.to().name(),
                        m.by() == null ? "—" : names.of(m.by()), at(m.at())));
            }
        }
        return rows;
    }

    private static String code(Asset a) {
        return a.labelCode() == null ? "#" + a.id() : a.labelCode();
    }

    byte[] xlsx(StocktakeReport r) {
        return ReportXlsx.workbook(book -> {
            Sheet sheet = book.createSheet("Kiểm kê");
            int n = 0;
            line(sheet.createRow(n++), List.of("BIÊN BẢN KIỂM KÊ TÀI SẢN", r.stocktake().name()));
            line(sheet.createRow(n++), List.of("Mở lúc", at(r.stocktake().openedAt()), "Đóng lúc", at(r.stocktake().closedAt())));
            line(sheet.createRow(n++), List.of("Có mặt", String.valueOf(r.found()), "Sai vị trí", String.valueOf(r.misplaced()),
                    "Thiếu", String.valueOf(r.missing()), "Nhãn không rõ", String.valueOf(r.unknown())));
            n++;
            line(sheet.createRow(n++), List.of("Phòng", "Kết quả", "Mã nhãn", "Tên tài sản", "Ghi chú"));
            for (List<String> row : rows(r)) {
                line(sheet.createRow(n++), row);
            }
            n++;
            line(sheet.createRow(n++), List.of("TÀI SẢN ĐÃ CHUYỂN VỊ TRÍ TRONG ĐỢT KIỂM KÊ", String.valueOf(r.moved())));
            line(sheet.createRow(n++), List.of("Mã nhãn", "Tên tài sản", "Từ phòng", "Đến phòng", "Người chuyển", "Lúc chuyển"));
            for (List<String> row : moves(r)) {
                line(sheet.createRow(n++), row);
            }
            for (int c = 0; c < 6; c++) {
                sheet.autoSizeColumn(c);
            }
        });
    }

    private static void line(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(vn.dcim.core.report.CsvCells.neutralise(cells.get(i)));
        }
    }

    byte[] pdf(StocktakeReport r) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer w = new Writer(doc, PdfFonts.regular(doc), PdfFonts.bold(doc));
            w.bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 11);
            w.text("Độc lập - Tự do - Hạnh phúc", 10);
            w.gap(10);
            w.bold("BIÊN BẢN KIỂM KÊ TÀI SẢN", 14);
            w.text(r.stocktake().name(), 11);
            PersonNames.Lookup names = people.lookup();
            w.text("Mở lúc " + at(r.stocktake().openedAt()) + " bởi " + names.of(r.stocktake().openedBy())
                    + (r.stocktake().closedAt() == null ? " — chưa đóng" : "; đóng lúc " + at(r.stocktake().closedAt())
                    + " bởi " + names.of(r.stocktake().closedBy())), 9);
            w.text("Tổng: theo sổ " + r.expected() + ", có mặt " + r.found() + ", sai vị trí " + r.misplaced()
                    + ", thiếu " + r.missing() + ", nhãn không rõ " + r.unknown(), 9);
            for (StocktakeReport.RoomTally t : r.rooms()) {
                w.gap(8);
                w.bold("Phòng: " + t.room().name() + " (theo sổ " + t.expected() + ", có mặt " + t.found().size()
                        + ", sai vị trí " + t.misplaced().size() + ", thiếu " + t.missing().size() + ")", 10);
                section(w, "Có mặt", t.found().stream().map(a -> code(a) + "  " + a.name()).toList());
                section(w, "Sai vị trí", t.misplaced().stream().map(m -> code(m.asset()) + "  " + m.asset().name()
                        + " (đăng ký tại " + (m.registeredRoom() == null ? "—" : m.registeredRoom().name()) + ")").toList());
                section(w, "Nhãn không rõ", t.unknown());
                section(w, "Thiếu (không tìm thấy)", t.missing().stream().map(a -> code(a) + "  " + a.name()).toList());
            }
            w.gap(8);
            w.bold("Tài sản đã chuyển vị trí trong đợt kiểm kê: " + (r.moved() == 0 ? "không có" : r.moved()), 10);
            for (List<String> m : moves(r)) {
                w.text("    • " + m.get(0) + "  " + m.get(1), 9);
                w.text("       từ " + m.get(2) + " đến " + m.get(3) + "; người chuyển " + m.get(4) + ", lúc " + m.get(5), 9);
            }
            w.gap(24);
            w.signatures();
            w.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(Writer w, String title, List<String> lines) throws IOException {
        w.text(title + ": " + (lines.isEmpty() ? "không có" : lines.size()), 9);
        for (String l : lines) {
            w.text("    • " + l, 9);
        }
    }

    /** Lines top to bottom over as many A4 pages as needed. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, PDFont regular, PDFont bold) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            page();
        }

        private void page() throws IOException {
            cs = PdfPages.next(doc, cs, PDRectangle.A4);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void text(String s, float size) throws IOException {
            write(regular, s, size, MARGIN);
        }

        void bold(String s, float size) throws IOException {
            write(bold, s, size, MARGIN);
        }

        void gap(float h) {
            y -= h;
        }

        private void write(PDFont font, String s, float size, float x) throws IOException {
            if (y < MARGIN + size) {
                page();
            }
            y -= size * 1.35f;
            PdfText.show(cs, font, size, x, y, fit(font, s, size, PDRectangle.A4.getWidth() - x - MARGIN));
        }

        private static String fit(PDFont font, String s, float size, float width) throws IOException {
            String t = s;
            while (t.length() > 4 && font.getStringWidth(t) / 1000 * size > width) {
                t = t.substring(0, t.length() - 2);
            }
            return t.equals(s) ? s : t + "…";
        }

        /** Who signs the record: the asset manager, the stock-take crew, the head of the unit. */
        void signatures() throws IOException {
            if (y < MARGIN + 110) {
                page();
            }
            float col = (PDRectangle.A4.getWidth() - 2 * MARGIN) / 3;
            String[] who = {"NGƯỜI LẬP BIỂU", "TỔ KIỂM KÊ", "THỦ TRƯỞNG ĐƠN VỊ"};
            float top = y;
            for (int i = 0; i < who.length; i++) {
                y = top;
                write(bold, who[i], 9, MARGIN + i * col);
                write(regular, "(Ký, ghi rõ họ tên)", 8, MARGIN + i * col);
            }
            y = top - 90;
        }

        void close() throws IOException {
            cs.close();
        }
    }
}
