package vn.dcim.web.ui.records;

import java.util.List;
import vn.dcim.core.records.KeptRecord;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.document.Documents;
import vn.dcim.core.records.RecordType;
import vn.dcim.core.records.Records;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.Arrays;

/**
 * The records register (Art. 12.1) by record type, (a) to (k): the list, one type at a time if asked,
 * and a form that uploads the document (POST /api/documents) and registers the record with it
 * (POST /api/records) through static/records.js.
 */
@Hidden
@Controller("/ui/records")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecordsScreen {
    private final Records records;
    private final Documents documents;
    private final AccessRules rules;

    /** The records kept, of one type or all, and the upload form's limit for those who may add them. */
    @Introspected
    record Page(Navigation.Frame frame, List<KeptRecord> records, RecordType[] types, String type, long maxBytes,
                boolean canChange) implements ScreenView {
    }
    @HtmlScreen
    @View("records/register")
    @Get("{?type}")
    public Page screen(HttpRequest<?> request, @Nullable @QueryValue String type) {
        RecordType chosen = Arrays.stream(RecordType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(null);
        return new Page(Navigation.frame(request, "records"), records.all(chosen), RecordType.values(),
                chosen == null ? "" : chosen.name(), documents.maxBytes(), rules.mayChange(request, "Records"));
    }
}
