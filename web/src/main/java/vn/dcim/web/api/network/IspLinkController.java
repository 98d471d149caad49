package vn.dcim.web.api.network;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Status;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.network.IspLink;
import vn.dcim.core.network.IspLinkCheck;
import vn.dcim.core.network.IspLinks;
import vn.dcim.web.security.SignedIn;
import vn.dcim.core.network.LinkAvailability;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

@Tag(name = "ISP links")
@Controller("/api/isp-links")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IspLinkController {
    private final LinkAvailability availability;
    private final Clock clock;
    private final IspLinks registry;

    @Serdeable
    public record LinkView(long id, String display, String siteId, String provider, @Nullable String circuitId,
                           @Nullable String interfaceName, @Nullable String sourceAddress, @Nullable String probeTargets,
                           @Nullable IspLinkCheck lastCheck) {
    }

    @Operation(summary = "Internet links (Art. 8.1đ: at least two providers) with their last probe")
    @Get
    public List<LinkView> list() {
        return registry.all().stream().map(this::view).toList();
    }

    @Operation(summary = "Monthly availability per link, month as YYYY-MM (default: this month)")
    @Get("/availability")
    public List<LinkAvailability.Row> availability(@Nullable @QueryValue String month) {
        YearMonth m;
        try {
            m = month == null ? YearMonth.now(clock) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "Expected YYYY-MM, got " + month).explained("error.isp.month", month);
        }
        return availability.month(m);
    }

    /** An uplink of a site; probe targets are addresses or host names, comma-separated. */
    @Serdeable
    public record LinkCommand(@NotBlank @Size(max = 64) String siteId, @NotBlank @Size(max = 100) String provider,
                              @Nullable @Size(max = 100) String circuitId, @Nullable @Size(max = 100) String interfaceName,
                              @Nullable @Size(max = 64) @Pattern(regexp = "[0-9A-Fa-f.:]+") String gateway,
                              @Nullable @Size(max = 64) @Pattern(regexp = "[0-9A-Fa-f.:]+") String sourceAddress,
                              @NotBlank @Size(max = 500) @Pattern(regexp = "[A-Za-z0-9.:-]+(,[A-Za-z0-9.:-]+)*") String probeTargets) {
    }

    @Operation(summary = "Register an Internet uplink (Art. 8.1đ); the duty isp-link-check probes it")
    @Post
    @Status(HttpStatus.CREATED)
    public LinkView add(HttpRequest<?> request, @Valid @Body LinkCommand c) {
        return view(registry.create(link(null, c), SignedIn.name(request)));
    }

    @Operation(summary = "Change an Internet uplink", description = "Every field; its probe history stays")
    @Put("/{id}")
    public LinkView change(HttpRequest<?> request, @PathVariable long id, @Valid @Body LinkCommand c) {
        return view(registry.update(id, link(id, c), SignedIn.name(request)));
    }

    private static IspLink link(Long id, LinkCommand c) {
        return new IspLink(id, c.siteId(), c.provider(), blankless(c.circuitId()), blankless(c.interfaceName()), blankless(c.gateway()),
                blankless(c.sourceAddress()), c.probeTargets());
    }

    private static String blankless(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private LinkView view(IspLink l) {
        return new LinkView(l.id(), l.provider() + (l.circuitId() == null ? "" : " " + l.circuitId()), l.siteId(),
                l.provider(), l.circuitId(), l.interfaceName(), l.sourceAddress(), l.probeTargets(),
                registry.lastCheck(l.id()).orElse(null));
    }
}
