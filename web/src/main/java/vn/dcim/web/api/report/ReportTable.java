package vn.dcim.web.api.report;

import java.util.List;

/** One table of a report, as both the XLSX (one sheet each) and the PDF (one section each) show it. */
record ReportTable(String title, List<String> headers, List<List<Object>> rows) {
}
