package vn.dcim.web.report;

import jakarta.inject.Singleton;
import vn.dcim.core.report.Report;
import vn.dcim.core.report.ReportRenderer;

/** Core's report port answered by the PDF and XLSX writers of the entry point. */
@Singleton
final class DocumentRenderer implements ReportRenderer {

    @Override
    public byte[] pdf(Report report) {
        return ReportPdf.write(report);
    }

    @Override
    public byte[] xlsx(Report report) {
        return ReportXlsx.write(report);
    }
}
