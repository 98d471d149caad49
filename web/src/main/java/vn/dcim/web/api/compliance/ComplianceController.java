package vn.dcim.web.api.compliance;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.dcim.core.compliance.ComplianceStatus;
import vn.dcim.core.compliance.ComplianceView;

import java.util.List;

@Tag(name = "Compliance")
@Controller("/api/compliance")
public class ComplianceController {
    private final ComplianceView view;

    ComplianceController(ComplianceView view) {
        this.view = view;
    }

    @Operation(summary = "Article by article, whether the regulation holds now, with the evidence")
    @Get
    public List<ComplianceStatus> now() {
        return view.now();
    }
}
