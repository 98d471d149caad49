package vn.dcim.web.ui;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

/** Switches the UI language (vi default, en) with a cookie, then returns to the page. */
@Hidden
@Controller("/lang")
public class LanguageController {
    static final String COOKIE = "lang";
    private static final Set<String> SUPPORTED = Set.of("vi", "en");

    @Get("/{code}")
    public HttpResponse<?> choose(@PathVariable String code, @Nullable @QueryValue String back) {
        String lang = SUPPORTED.contains(code) ? code : "vi";
        String target = back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/";
        return HttpResponse.seeOther(URI.create(target))
                .cookie(Cookie.of(COOKIE, lang).path("/").maxAge(Duration.ofDays(365)));
    }
}
