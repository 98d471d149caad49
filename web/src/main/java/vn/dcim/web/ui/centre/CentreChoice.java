package vn.dcim.web.ui.centre;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.centre.Centres;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.web.ui.ScreenView;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The centre selector of the dashboard and the console: a merged province's staff look at their own centre, the
 * province's leadership at one centre or at the whole province (no centre chosen).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CentreChoice {
    private final Centres centres;

    /**
     * The centre of a {@code ?centre=} parameter: blank (the selector's "whole province") is none, a centre that is not
     * a number or not in the register is not found (404, as any unknown centre).
     */
    @Nullable
    public Long chosen(@Nullable String centre) {
        if (centre == null || centre.isBlank()) {
            return null;
        }
        try {
            return centres.get(Long.parseLong(centre.strip())).id();
        } catch (NumberFormatException e) {
            throw new NotFoundException("centre", centre);
        }
    }

    /** One centre offered by the selector. */
    @Introspected
    public record Option(long id, String name, String province) {
    }

    /**
     * The selector's part of a screen's model: every centre, the chosen one (null: the whole province) and the value
     * the screen's links carry on (blank for the whole province, which the screens read as no centre).
     */
    @Introspected
    public record Choice(List<Option> centres, @Nullable Long centre, String centreParam) implements ScreenView.Part {
    }

    public Choice choice(@Nullable Long centre) {
        return new Choice(centres.all().stream().map(c -> new Option(c.id(), c.name(), c.province())).toList(),
                centre, centre == null ? "" : centre.toString());
    }

    /** The sites of the chosen centre; empty when the whole province is shown. */
    public Optional<Set<String>> sites(@Nullable Long centre) {
        return centre == null ? Optional.empty() : Optional.of(Set.copyOf(centres.sitesOf(centre)));
    }

}
