package vn.dcim.web.ui.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.notification.Recipients;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.Map;

/** Administration: the append-only audit log, browsable and filterable, and who is notified of what. */
@Hidden
@Controller("/ui/admin")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AdminScreen {
    private static final int SHOWN = 200;

    private final Recipients recipients;
    private final AuditLog audit;

    @HtmlScreen
    @View("admin/admin")
    @Get
    public Map<String, Object> admin(HttpRequest<?> request, @Nullable @QueryValue String entityType,
                                     @Nullable @QueryValue String entityId, @Nullable @QueryValue String actor,
                                     @Nullable @QueryValue String action) {
        Map<String, Object> model = Navigation.page(request, "admin");
        model.put("events", audit.browse(entityType, entityId, actor, action, SHOWN, 0).events());
        model.put("filter", Map.of("entityType", nz(entityType), "entityId", nz(entityId), "actor", nz(actor), "action", nz(action)));
        model.put("recipients", recipients.all());
        return model;
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
