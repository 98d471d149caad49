package vn.dcim.web.ui.records;

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
import java.util.Map;

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

    @HtmlScreen
    @View("records/register")
    @Get("{?type}")
    public Map<String, Object> screen(HttpRequest<?> request, @Nullable @QueryValue String type) {
        RecordType chosen = Arrays.stream(RecordType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(null);
        Map<String, Object> model = Navigation.page(request, "records");
        model.put("records", records.all(chosen));
        model.put("types", RecordType.values());
        model.put("type", chosen == null ? "" : chosen.name());
        model.put("maxBytes", documents.maxBytes());
        model.put("canChange", rules.mayChange(request, "Records"));
        return model;
    }
}
