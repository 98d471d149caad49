package vn.dcim.core.records;

import static vn.dcim.core.compliance.Said.said;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.compliance.CheckKey;
import vn.dcim.core.compliance.ComplianceCheck;
import vn.dcim.core.compliance.Evidence;
import vn.dcim.core.compliance.Judgement;
import vn.dcim.core.compliance.PolicyProfile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Art. 12.1 (QĐ 11/2023): every record type the article lists, (a) to (i), has an entry covering today
 * (the centre's day). (k) "other technical documents" is not required. An empty register is no data.
 */
@Singleton
@CheckKey("records-kept")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RecordsKeptCheck implements ComplianceCheck {
    static final Evidence REGISTER = Evidence.link("compliance.ev.records", "records", "/ui/records");
    private final Records records;
    private final Clock clock;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        List<KeptRecord> all = records.all(null);
        if (all.isEmpty()) {
            return Judgement.noData(said("compliance.s.records-kept.none", "the records repository is empty"), REGISTER);
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<RecordType> missing = Arrays.stream(RecordType.values()).filter(RecordType::required)
                .filter(t -> all.stream().noneMatch(r -> r.recordType() == t && r.covers(today))).toList();
        List<Evidence> evidence = new ArrayList<>(missing.stream()
                .map(t -> Evidence.link("compliance.ev.record-type", "records of type ({0})", "/ui/records?type=" + t.name(), t.letter())).toList());
        evidence.add(REGISTER);
        return Judgement.of(missing.isEmpty(), missing.isEmpty()
                ? said("compliance.s.records-kept.ok", "{0} record(s); each type (a) to (i) has one covering {1}", all.size(), today)
                : said("compliance.s.records-kept.bad", "no record covering {0} of type {1}", today,
                        String.join(", ", missing.stream().map(t -> "(" + t.letter() + ")").toList())), evidence);
    }
}
