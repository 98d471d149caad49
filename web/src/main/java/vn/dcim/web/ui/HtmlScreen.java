package vn.dcim.web.ui;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route that renders a screen (beside its {@code @View}). Micronaut takes a route to produce JSON unless told, and
 * refused a client that accepts HTML alone ({@code Accept: text/html}: a link checker, a script, a probe) with 406.
 * Named HTML, a screen answers it; JSON stays in the list for the clients that ask for JSON by default (Micronaut's
 * HttpClient). Whatever was asked, {@link ScreenViewsFilter} labels the page as what it is.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
public @interface HtmlScreen {
}
