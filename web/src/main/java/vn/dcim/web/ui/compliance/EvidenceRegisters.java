package vn.dcim.web.ui.compliance;

import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.i18n.ShownModel;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registers a compliance check judges and that have no screen of their own (backup runs, the accounts of
 * other systems, the notification outbox, vulnerabilities, the duty roster, staff, visits), as read-only tables
 * in the reader's language: an auditor following an evidence link reads the records, never the API's JSON.
 * Reached under /ui/compliance, so those who may read the compliance view may read its evidence. Each register is an
 * {@link EvidenceRegister} reading its own feature.
 */
@Hidden
@Controller("/ui/compliance/records")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EvidenceRegisters {
    private final Map<String, EvidenceRegister> registers;
    private final ShownModel shownModel;
    private final Clock clock;

    EvidenceRegisters(List<EvidenceRegister> registers, ShownModel shownModel, Clock clock) {
        this.registers = registers.stream().collect(Collectors.toMap(EvidenceRegister::name, Function.identity()));
        this.shownModel = shownModel;
        this.clock = clock;
    }

    /** One row of a register: its anchor ({@code backup-12}) and its cells as the reader reads them. */
    public record Row(String anchor, List<String> cells) {
    }

    /** One register kept as evidence: its column keys and its rows, newest first. */
    @Introspected
    record Register(Navigation.Frame frame, String register, List<String> columns, List<Row> rows) implements ScreenView {
    }

    @HtmlScreen
    @View("compliance/register")
    @Get("/{register}")
    public Register register(HttpRequest<?> request, @PathVariable String register) {
        EvidenceRegister r = registers.get(register);
        if (r == null) {
            throw new NotFoundException("register", register);
        }
        return new Register(Navigation.frame(request, "compliance"), register, r.columns(), r.rows(shownModel.of(request), clock.instant()));
    }
}
