package vn.dcim.web.ui.admin;

import java.util.List;
import vn.dcim.core.notification.Recipient;
import vn.dcim.core.audit.AuditEvent;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
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


/** Administration: the append-only audit log, browsable and filterable, and who is notified of what. */
@Hidden
@Controller("/ui/admin")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AdminScreen {
    private static final int SHOWN = 200;

    private final Recipients recipients;
    private final AuditLog audit;

    /** The audit trail's filter as typed (blank: any). */
    @Introspected
    record AuditFilter(String entityType, String entityId, String actor, String action) {
    }

    /** The latest audit events the filter keeps, and the notification recipients. */
    @Introspected
    record Page(Navigation.Frame frame, List<AuditEvent> events, AuditFilter filter, List<Recipient> recipients) implements ScreenView {
    }
    @HtmlScreen
    @View("admin/admin")
    @Get
    public Page admin(HttpRequest<?> request, @Nullable @QueryValue String entityType,
                      @Nullable @QueryValue String entityId, @Nullable @QueryValue String actor,
                      @Nullable @QueryValue String action) {
        return new Page(Navigation.frame(request, "admin"), audit.browse(entityType, entityId, actor, action, SHOWN, 0).events(),
                new AuditFilter(nz(entityType), nz(entityId), nz(actor), nz(action)), recipients.all());
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
