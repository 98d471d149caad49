package vn.dcim.web.api.docs;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The OpenAPI document is YAML in UTF-8 (its title and texts hold Vietnamese). Served as a static file, its type
 * would be guessed from ".yml" as plain text with no character set, and a script reading it by the HTTP default
 * (ISO-8859-1) would get the Vietnamese garbled; it is named for what it is (RFC 9512).
 */
@ServerFilter("/swagger/**")
class ApiDocumentType {
    static final MediaType YAML = MediaType.of("application/yaml;charset=utf-8");

    @ResponseFilter
    void type(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        if (response.code() == 200 && (path.endsWith(".yml") || path.endsWith(".yaml"))) {
            response.contentType(YAML);
        }
    }
}
