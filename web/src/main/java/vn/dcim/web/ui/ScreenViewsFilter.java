package vn.dcim.web.ui;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Filter;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.micronaut.views.ViewsFilter;
import io.micronaut.views.ViewsModelDecorator;
import io.micronaut.views.ViewsRendererLocator;
import io.micronaut.views.ViewsResolver;
import io.micronaut.views.turbo.TurboFrameRenderer;
import io.micronaut.views.turbo.TurboStreamRenderer;

/**
 * Micronaut Views labels a rendered page with the first type of its route that the client accepts: a screen named
 * HTML and JSON ({@link HtmlScreen}) asked for JSON would go out as {@code application/json}, and one asked for
 * {@code text/html} without its character set. A screen is always HTML in UTF-8 (its texts are Vietnamese).
 */
@Filter(Filter.MATCH_ALL_PATTERN)
@Replaces(ViewsFilter.class)
class ScreenViewsFilter extends ViewsFilter {
    static final MediaType PAGE = MediaType.of("text/html;charset=utf-8");

    ScreenViewsFilter(ViewsResolver viewsResolver, ViewsRendererLocator viewsRendererLocator, ViewsModelDecorator viewsModelDecorator,
                      TurboStreamRenderer turboStreamRenderer, TurboFrameRenderer turboFrameRenderer) {
        super(viewsResolver, viewsRendererLocator, viewsModelDecorator, turboStreamRenderer, turboFrameRenderer);
    }

    @Override
    protected MediaType resolveMediaType(HttpRequest<?> request, HttpResponse<?> response, Object body) {
        boolean screen = body instanceof ModelAndView || response.getAttribute(HttpAttributes.ROUTE_MATCH, AnnotationMetadata.class)
                .map(route -> route.hasAnnotation(View.class)).orElse(false);
        return screen ? PAGE : super.resolveMediaType(request, response, body);
    }
}
