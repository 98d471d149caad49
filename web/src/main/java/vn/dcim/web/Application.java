package vn.dcim.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import picocli.CommandLine;
import vn.dcim.core.time.CenterZone;
import vn.dcim.web.cli.DcimCommand;

@OpenAPIDefinition(info = @Info(title = "DCIM — Trung tâm Tích hợp dữ liệu", version = "0.1",
        description = "Data-center infrastructure management for provincial Data Integration Centers"))
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        CenterZone.fixJvmToUtc(System.getenv("DCIM_TIME_ZONE"));
        int code = new CommandLine(new DcimCommand()).execute(args);
        if (code != 0 || args.length == 0 || !"run".equals(args[0])) {
            System.exit(code);
        }
    }
}
