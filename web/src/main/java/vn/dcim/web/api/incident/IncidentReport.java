package vn.dcim.web.api.incident;

import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.report.Report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An incident as a report (Art. 13.3c journal; Art. 13.2c quick report when especially serious), for PDF or XLSX. */
final class IncidentReport {
    private IncidentReport() {
    }

    static Report of(IncidentDetails.Detail d, Instant now, java.time.ZoneId zone) {
        IncidentSummary i = d.incident();
        boolean quick = "especially_serious".equals(i.level());
        String title = quick ? "BÁO CÁO NHANH SỰ CỐ ĐẶC BIỆT NGHIÊM TRỌNG / QUICK REPORT (Art. 13.2c)"
                : "BÁO CÁO SỰ CỐ / INCIDENT REPORT (Art. 13.3)";
        List<List<Object>> facts = new ArrayList<>();
        facts.add(List.of("Sự cố / Incident", "#" + i.id() + " " + i.title()));
        facts.add(List.of("Địa điểm / Site", nz(i.siteId())));
        facts.add(List.of("Cấp độ (Điều 13.2) / Level", i.level()));
        facts.add(List.of("Mức độ ATTT (Điều 34.1) / Security level", nz(i.securityLevel())));
        facts.add(List.of("Trạng thái / Status", i.status()));
        facts.add(List.of("Mở lúc / Opened", i.openedAt()));
        facts.add(List.of("Đóng lúc / Closed", nz(i.closedAt())));
        facts.add(List.of("Người xử lý / Assignee", nz(i.assignee())));
        facts.add(List.of("Sao lưu trước khi khắc phục (Điều 13.3a) / Backup before fix",
                i.backupDone() ? d.backupDoneBy() + " " + new vn.dcim.core.time.CenterTime(zone).format(d.backupDoneAt()) : "—"));
        facts.add(List.of("Nguyên nhân / Root cause", nz(d.rootCause())));
        facts.add(List.of("Khắc phục / Resolution", nz(d.resolution())));
        List<List<Object>> alarms = new ArrayList<>();
        for (AlarmView a : d.alarms()) {
            alarms.add(List.of(a.raisedAt(), a.source(), a.severity().name(), a.article(), a.message(), nz(a.clearedAt())));
        }
        List<List<Object>> journal = new ArrayList<>();
        for (JournalLine j : d.journal()) {
            journal.add(List.of(j.at(), j.author(), j.kind().name(), j.text()));
        }
        List<List<Object>> told = new ArrayList<>();
        for (IncidentDetails.Delivery n : d.notifications()) {
            told.add(List.of(n.role(), n.address(), n.subject(), n.deliveredAt() != null ? n.deliveredAt() : nz(n.lastError())));
        }
        return new Report(title, "Sự cố #" + i.id() + " — " + i.title(), now, zone, List.of(
                new Report.Section("1. Thông tin sự cố / Incident", List.of("", ""), facts),
                new Report.Section("2. Cảnh báo liên quan / Correlated alarms",
                        List.of("Thời điểm / At", "Thiết bị / Device", "Mức / Severity", "Điều / Art.", "Nội dung / Message", "Hết / Cleared"), alarms),
                new Report.Section("3. Nhật ký xử lý (Điều 13.3c) / Journal",
                        List.of("Thời điểm / At", "Người / By", "Loại / Kind", "Nội dung / Text"), journal),
                new Report.Section("4. Thông báo / Notifications", List.of("Vai trò / Role", "Địa chỉ / Address", "Tiêu đề / Subject",
                        "Đã gửi / Delivered"), told)));
    }

    private static Object nz(Object o) {
        return o == null ? "" : o;
    }
}
