package vn.dcim.web.ui.personal;

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
import java.util.Map;

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

    @HtmlScreen
    @ScopeAware(agencies = false)
    @View("personal/personal-data")
    @Get
    public Map<String, Object> screen(HttpRequest<?> request, Scope scope) {
        Map<String, Object> model = Navigation.page(request, "personal-data");
        model.put("accessLogDays", policy.accessLogDays());
        model.put("pictureDays", policy.pictureDays());
        model.put("accessLogFloor", RetentionPolicy.ACCESS_LOG_FLOOR_DAYS);
        model.put("pictureFloor", RetentionPolicy.PICTURE_FLOOR_DAYS);
        model.put("limited", scope.limited());
        model.put("holds", scope.limited() ? List.of() : holds.all());
        model.put("today", java.time.LocalDate.now(clock));
        model.put("reviewDays", holds.reviewDays());
        model.put("maxReviewDays", holds.maxReviewDays());
        model.put("overdue", scope.limited() ? List.of() : holds.overdue());
        model.put("requests", scope.limited() ? List.of() : rights.requests(50, 0));
        model.put("pictures", pictures.recent(scope.siteIds(), 20, 0));
        model.put("canChange", rules.mayChange(request, "Personal data"));
        // the administrator reads the requests and holds, never a picture
        model.put("canSee", rules.mayRead(request, "Face pictures"));
        return model;
    }
}
