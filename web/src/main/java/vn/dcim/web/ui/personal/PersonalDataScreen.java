package vn.dcim.web.ui.personal;

import java.time.LocalDate;
import vn.dcim.core.personal.FacePicture;
import vn.dcim.core.personal.SubjectRequest;
import vn.dcim.core.personal.LegalHold;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.personal.FacePictures;
import vn.dcim.core.personal.LegalHolds;
import vn.dcim.core.personal.RetentionPolicy;
import vn.dcim.core.personal.SubjectRights;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.List;

/**
 * Personal data (Law 91/2025/QH15) for the supervisor who answers data subjects and the auditor who checks it: the
 * retention in force with its lawful floors, the legal holds, the requests answered, the face pictures kept (each
 * opened through the audited reading); the supervisor's forms export, erase and hold through /api/personal-data
 * (static/personal-data.js). An account limited to some sites sees the pictures of their doors and exports what
 * their doors recorded; the holds, the requests and erasure span every site and stay with the province's accounts.
 */
@Hidden
@Controller("/ui/personal-data")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PersonalDataScreen {
    private final RetentionPolicy policy;
    private final LegalHolds holds;
    private final SubjectRights rights;
    private final FacePictures pictures;
    private final AccessRules rules;
    private final java.time.Clock clock;

    /**
     * The retention of personal data (days kept, and the floors the regulation sets), the legal holds and those overdue
     * for review, the data subjects' requests and the recent face pictures; a limited account sees its sites' pictures
     * only.
     */
    @Introspected
    record Page(Navigation.Frame frame, int accessLogDays, int pictureDays, int accessLogFloor, int pictureFloor,
                boolean limited, List<LegalHold> holds, LocalDate today, int reviewDays, int maxReviewDays,
                List<LegalHold> overdue, List<SubjectRequest> requests, List<FacePicture> pictures, boolean canChange,
                boolean canSee) implements ScreenView {
    }

    @HtmlScreen
    @ScopeAware(agencies = false)
    @View("personal/personal-data")
    @Get
    public Page screen(HttpRequest<?> request, Scope scope) {
        return new Page(Navigation.frame(request, "personal-data"), policy.accessLogDays(), policy.pictureDays(),
                RetentionPolicy.ACCESS_LOG_FLOOR_DAYS, RetentionPolicy.PICTURE_FLOOR_DAYS, scope.limited(),
                scope.limited() ? List.of() : holds.all(), java.time.LocalDate.now(clock), holds.reviewDays(),
                holds.maxReviewDays(), scope.limited() ? List.of() : holds.overdue(),
                scope.limited() ? List.of() : rights.requests(50, 0), pictures.recent(scope.siteIds(), 20, 0),
                rules.mayChange(request, "Personal data"),
                // the administrator reads the requests and holds, never a picture
                rules.mayRead(request, "Face pictures"));
    }
}
