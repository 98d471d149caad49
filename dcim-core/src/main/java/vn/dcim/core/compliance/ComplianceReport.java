package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.text.Citation;
import vn.dcim.core.report.Report;
import vn.dcim.core.report.ReportPeriod;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The auditor's report of a quarter or a year: every requirement with its state at the end of the
 * period, the states it went through during it, the evidence and the open action. Vietnamese by
 * default; rendered through core's ReportRenderer (ReportPdf, ReportXlsx in web).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplianceReport {
    private final Catalogue catalogue;
    private final ComplianceEvaluator evaluator;
    private final ComplianceStore store;
    private final PolicyProfiles profiles;
    private final Clock clock;

    /** The report in {@code lang}; {@code teller} tells the checks' sentences in that language (Vietnamese by default). */
    public Report build(ReportPeriod period, String lang, Teller teller) {
        boolean vi = !"en".equals(lang);
        ZoneId zone = clock.getZone();
        Instant start = period.start().atStartOfDay(zone).toInstant();
        Instant end = period.end().atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        // a current period is judged now as well, so the report is never older than its download
        if (now.isBefore(end) && now.isAfter(start)) {
            evaluator.evaluate(lang);
        }
        Map<String, List<StateChange>> byId = store.historyUntil(end).stream()
                .collect(Collectors.groupingBy(StateChange::requirementId, LinkedHashMap::new, Collectors.toList()));
        List<List<Object>> rows = new ArrayList<>();
        Map<ComplianceState, Integer> counts = new LinkedHashMap<>();
        for (Requirement r : catalogue.all()) {
            List<StateChange> changes = byId.getOrDefault(r.id(), List.of());
            StateChange last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
            Set<String> during = new LinkedHashSet<>();
            StateChange before = null;
            for (StateChange c : changes) {
                if (c.at().isBefore(start)) {
                    before = c;
                } else {
                    during.add(name(c.state(), vi));
                }
            }
            if (before != null) {
                during.add(name(before.state(), vi));
            }
            ComplianceState state = last == null ? ComplianceState.not_enough_data : last.state();
            counts.merge(state, 1, Integer::sum);
            String evidence = last == null ? (vi ? "chưa đánh giá trong kỳ" : "not judged in the period") : evidence(last, teller, vi);
            rows.add(List.of(r.id(), vi ? Citation.vi(r.article()) : r.article(), r.text(lang), kind(r.kind(), vi), name(state, vi),
                    String.join(", ", during), evidence, action(r, state, vi)));
        }
        List<List<Object>> summary = new ArrayList<>();
        counts.forEach((s, n) -> summary.add(List.of(name(s, vi), n)));
        summary.add(List.of(vi ? "Tổng số yêu cầu" : "Requirements in all", rows.size()));
        PolicyProfile p = profiles.selected();
        return new Report(vi ? "Báo cáo tuân thủ quy chế — " + period.shown(lang) : "Compliance report — period " + period.label(),
                (vi ? "QĐ 11/2023/QĐ-UBND và QĐ 22/2021/QĐ-UBND tỉnh Bắc Kạn; bộ quy định: " : "Bắc Kạn QĐ 11/2023 and QĐ 22/2021; policy profile: ") + p.name(),
                now, zone, List.of(
                new Report.Section(vi ? "Tổng hợp trạng thái cuối kỳ" : "States at the end of the period",
                        List.of(vi ? "Trạng thái" : "State", vi ? "Số yêu cầu" : "Requirements"), summary),
                new Report.Section(vi ? "Từng điều khoản" : "Article by article",
                        vi ? List.of("Mã", "Điều", "Yêu cầu", "Cách đánh giá", "Trạng thái cuối kỳ", "Trạng thái trong kỳ", "Căn cứ", "Việc cần làm")
                                : List.of("Id", "Article", "Requirement", "Judged by", "State at end", "States during", "Evidence", "Open action"), rows)),
                vi ? "Bìa" : "Cover");
    }

    /**
     * What decided the state, as the auditor reads it: the check's sentence and the records it looked at, each named
     * (a screen's name, an asset's name), never the address of a screen; citations written out ("Điều 12 khoản 1 điểm i").
     */
    private static String evidence(StateChange last, Teller teller, boolean vi) {
        String said = teller.tell(last.summaryKey(), last.summaryArgs(), last.summary()).replaceAll("[.\\s]+$", "");
        String records = last.evidence().stream().map(e -> teller.tell(e.labelKey(), e.labelArgs(), e.label())).distinct()
                .collect(Collectors.joining(", "));
        String text = said + (records.isEmpty() ? "" : (vi ? ". Hồ sơ: " : ". Records: ") + records);
        return vi ? Citation.spelled(text) : text;
    }

    private static String action(Requirement r, ComplianceState s, boolean vi) {
        return switch (s) {
            case non_compliant -> vi ? "Khắc phục theo căn cứ" : "Remedy what the evidence names";
            case overdue -> vi ? "Xác nhận lại (hết hiệu lực)" : "Attest again (expired)";
            case not_enough_data -> r.kind() == Requirement.Kind.attestation ? (vi ? "Cần xác nhận kèm tài liệu" : "Attest with a note or document")
                    : (vi ? "Nhập dữ liệu để đánh giá" : "Record the data the check needs");
            default -> "";
        };
    }

    static String name(ComplianceState s, boolean vi) {
        if (!vi) {
            return switch (s) {
                case compliant -> "Compliant";
                case non_compliant -> "Non-compliant";
                case not_enough_data -> "Not enough data";
                case attested -> "Attested";
                case overdue -> "Overdue";
                case not_applicable -> "Not applicable";
            };
        }
        return switch (s) {
            case compliant -> "Đạt";
            case non_compliant -> "Không đạt";
            case not_enough_data -> "Chưa đủ dữ liệu";
            case attested -> "Đã xác nhận";
            case overdue -> "Quá hạn";
            case not_applicable -> "Không áp dụng";
        };
    }

    private static String kind(Requirement.Kind k, boolean vi) {
        if (!vi) {
            return switch (k) {
                case automatic -> "Automatic";
                case attestation -> "Attestation";
                case not_applicable -> "Not applicable";
            };
        }
        return switch (k) {
            case automatic -> "Tự động";
            case attestation -> "Xác nhận";
            case not_applicable -> "Không áp dụng";
        };
    }
}
