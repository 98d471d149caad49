package vn.dcim.core.report;

/**
 * Renders a {@link Report} as the documents people open (Art. 7.2: the quarter's and the year's equipment
 * reports). Core asks for a rendering through this port; the PDF and XLSX writers (PDFBox, POI) live in
 * the entry point ({@code web}), so that the collectors built from core carry none of them.
 */
public interface ReportRenderer {

    /** The report as a landscape A4 PDF. */
    byte[] pdf(Report report);

    /** The report as an XLSX workbook, one sheet per section. */
    byte[] xlsx(Report report);
}
