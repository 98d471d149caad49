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
import java.net.URISyntaxException;
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
        return HttpResponse.seeOther(sameSite(back))
                .cookie(Cookie.of(COOKIE, lang).path("/").maxAge(Duration.ofDays(365)));
    }

    /**
     * Only a path of this site: "/\\evil" or "/%5Cevil" is "//evil" to a browser (another host), and
     * a path that is no URI made {@link URI#create} throw a 500. Anything else goes back to the start.
     */
    static URI sameSite(@Nullable String back) {
        if (back == null || back.length() > 2000 || !back.startsWith("/") || back.startsWith("//")
                || back.indexOf('\\') >= 0 || back.chars().anyMatch(Character::isISOControl)) {
            return URI.create("/");
        }
        try {
            URI uri = new URI(back);
            boolean local = uri.getScheme() == null && uri.getRawAuthority() == null
                    && uri.getRawPath() != null && uri.getRawPath().startsWith("/")
                    && !uri.getRawPath().toLowerCase(java.util.Locale.ROOT).contains("%5c")
                    && !uri.getRawPath().startsWith("//");
            return local ? uri : URI.create("/");
        } catch (URISyntaxException notAPath) {
            return URI.create("/");
        }
    }
}
