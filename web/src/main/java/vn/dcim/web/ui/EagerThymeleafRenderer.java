package vn.dcim.web.ui;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

import java.io.IOException;
import java.io.StringWriter;

/**
 * Renders a screen completely before the response starts. Micronaut Views hands the server a page
 * that renders while it is written out; when a template fails half-way the status is already sent,
 * the error is only logged and the browser waits for the rest until it times out (minutes;
 * micronaut-views#832). Rendered into memory first, a failure is an exception while the server can
 * still answer it with an error page, and the operator sees at once that the screen failed.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
public class EagerThymeleafRenderer<T> extends ThymeleafViewsRenderer<T> {

    public EagerThymeleafRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
                                  ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
        RecordProperties.install();
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        StringWriter page = new StringWriter();
        try {
            super.render(viewName, data, request).writeTo(page);
        } catch (IOException e) {
            throw new ViewRenderingException("Could not render the screen " + viewName + ": " + e.getMessage(), e);
        }
        String html = page.toString();
        return out -> out.write(html);
    }
}
