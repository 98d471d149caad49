package vn.dcim.web.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.dcim.core.time.CenterTime;

import java.time.ZoneId;

/**
 * A document written top to bottom on A4 pages: the page flow, the two weights of the font that has the
 * Vietnamese letters, and the centre's clock its times are shown on.
 */
abstract class FlowingPdf {
    final PDDocument doc;
    final PdfFlow flow;
    final PDType0Font regular;
    final PDType0Font bold;
    final CenterTime time;

    FlowingPdf(PDDocument doc, ZoneId zone) {
        this.doc = doc;
        this.flow = new PdfFlow(doc);
        this.regular = PdfFonts.regular(doc);
        this.bold = PdfFonts.bold(doc);
        this.time = new CenterTime(zone);
    }
}
