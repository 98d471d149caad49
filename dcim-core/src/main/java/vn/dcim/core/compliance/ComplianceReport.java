package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.centre.Centre;
import vn.dcim.core.centre.Centres;
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
 * The auditor's report of a quarter or a year, of one centre or of the province: every requirement with its state at the
 * end of the period, the states it went through during it, the evidence and the open action. Vietnamese by
 * default; rendered through core's ReportRenderer (ReportPdf, ReportXlsx in web).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplianceReport {
    private final Catalogue catalogue;
    private final ComplianceEvaluator evaluator;
    private final ComplianceStore store;
    private final PolicyProfiles profiles;
    private final CentreProfiles centreProfiles;
    private final Centres centres;
    private final Clock clock;

    /** The province's report in {@code lang}; {@code teller} tells the checks' sentences in that language (Vietnamese by default). */
    public Report build(ReportPeriod period, String lang, Teller teller) {
        return build(period, lang, teller, null);
    }

    /**
     * The report of one centre (its requirements as judged over its own sites, by the regulation it followed at the
     * period's end), or with {@code centre} null of the whole province: the installation's requirements and a table
     * naming each centre's regulation, the authority that issued it and its states at the end of the period.
     */
    public Report build(ReportPeriod period, String lang, Teller teller, @Nullable Long centre) {
        boolean vi = !"en".equals(lang);
        Centre judged = centre == null ? null : centres.get(centre);
        ZoneId zone = clock.getZone();
        Instant start = period.start().atStartOfDay(zone).toInstant();
        Instant end = period.end().atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        // a current period is judged now as well, so the report is never older than its download
        if (now.isBefore(end) && now.isAfter(start)) {
            if (judged == null) {
                ComplianceEvaluator.Round round = evaluator.round();
                evaluator.evaluate(round, lang);
                centreProfiles.evaluateAll(round, lang);
            } else {
                centreProfiles.evaluate(judged.id(), lang);
            }
        }
        long of = judged == null ? ComplianceStore.INSTALLATION : judged.id();
        Map<String, StateChange> lastOf = new LinkedHashMap<>();
        Map<ComplianceState, Integer> counts = new LinkedHashMap<>();
        List<List<Object>> rows = articles(of, start, end, lang, vi, teller, counts, lastOf);
        List<List<Object>> summary = new ArrayList<>();
        counts.forEach((s, n) -> summary.add(List.of(name(s, vi), n)));
        summary.add(List.of(vi ? "Tổng số yêu cầu" : "Requirements in all", rows.size()));
        // the regulation that judged the period's end: a centre's own, the installation's for the province
        PolicyProfile p = judged == null ? profiles.selected() : centreProfiles.profileAt(judged.id(), end.isAfter(now) ? now : end);
        List<Report.Section> sections = new ArrayList<>();
        sections.add(new Report.Section(vi ? "Tổng hợp trạng thái cuối kỳ" : "States at the end of the period",
                List.of(vi ? "Trạng thái" : "State", vi ? "Số yêu cầu" : "Requirements"), summary));
        if (judged == null && !centres.all().isEmpty()) {
            sections.add(centresSection(start, end, now, lang, vi, teller).sheet(vi ? "Các trung tâm" : "Centres"));
        }
        sections.add(new Report.Section(vi ? "Từng điều khoản" : "Article by article",
                vi ? List.of("Mã", "Điều", "Yêu cầu", "Cách đánh giá", "Trạng thái cuối kỳ", "Trạng thái trong kỳ", "Căn cứ", "Việc cần làm")
                        : List.of("Id", "Article", "Requirement", "Judged by", "State at end", "States during", "Evidence", "Open action"), rows));
        String who = judged == null ? (vi ? "Toàn tỉnh" : "Whole province")
                : (vi ? "Trung tâm " : "Centre ") + judged.name() + " (" + judged.province() + ")";
        String subtitle = who + (vi ? "; căn cứ: " + p.regulation() + " của " + p.issuer() + " (bộ quy định: " + p.name() + ")"
                : "; judged by " + p.regulation() + " issued by " + p.issuer() + " (policy profile: " + p.name() + ")");
        return new Report((vi ? "Báo cáo tuân thủ quy chế — " + period.shown(lang) : "Compliance report — period " + period.label())
                + (judged == null ? "" : " — " + judged.name()), subtitle, now, zone, sections, vi ? "Bìa" : "Cover");
    }

    /** Every requirement of one centre (or of the installation) at the end of the period, counting its states. */
    private List<List<Object>> articles(long of, Instant start, Instant end, String lang, boolean vi, Teller teller,
                                        Map<ComplianceState, Integer> counts, Map<String, StateChange> lastOf) {
        Map<String, List<StateChange>> byId = store.historyUntil(of, end).stream()
                .collect(Collectors.groupingBy(StateChange::requirementId, LinkedHashMap::new, Collectors.toList()));
        List<List<Object>> rows = new ArrayList<>();
        for (Requirement r : catalogue.all()) {
            List<StateChange> changes = byId.getOrDefault(r.id(), List.of());
            StateChange last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
            if (last != null) {
                lastOf.put(r.id(), last);
            }
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
        return rows;
    }

    /**
     * The province's centres, each with the regulation it followed at the period's end, the authority that issued it,
     * its states then and the requirements it failed: a merged province's former centres side by side.
     */
    private Report.Section centresSection(Instant start, Instant end, Instant now, String lang, boolean vi, Teller teller) {
        List<List<Object>> rows = new ArrayList<>();
        for (Centre c : centres.all()) {
            PolicyProfile p = centreProfiles.profileAt(c.id(), end.isAfter(now) ? now : end);
            Map<ComplianceState, Integer> counts = new LinkedHashMap<>();
            Map<String, StateChange> lastOf = new LinkedHashMap<>();
            articles(c.id(), start, end, lang, vi, teller, counts, lastOf);
            String failing = lastOf.entrySet().stream().filter(e -> e.getValue().state().failing()).map(Map.Entry::getKey)
                    .collect(Collectors.joining(", "));
            rows.add(List.of(c.code(), c.name(), c.province(), p.regulation(), p.issuer(), p.name(),
                    counts.getOrDefault(ComplianceState.compliant, 0) + counts.getOrDefault(ComplianceState.attested, 0),
                    counts.getOrDefault(ComplianceState.non_compliant, 0) + counts.getOrDefault(ComplianceState.overdue, 0),
                    counts.getOrDefault(ComplianceState.not_enough_data, 0), failing));
        }
        return new Report.Section(vi ? "Các trung tâm và quy định áp dụng" : "Centres and the regulation each follows",
                vi ? List.of("Mã", "Trung tâm", "Tỉnh", "Quy định", "Cơ quan ban hành", "Bộ quy định", "Đạt / đã xác nhận",
                        "Không đạt / quá hạn", "Chưa đủ dữ liệu", "Yêu cầu không đạt / quá hạn")
                        : List.of("Code", "Centre", "Province", "Regulation", "Issued by", "Policy profile", "Compliant / attested",
                        "Non-compliant / overdue", "Not enough data", "Failing requirements"), rows);
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
