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
     * The selector's part of a screen's model: the centres offered, the chosen one (null: the whole province), the
     * value the screen's links carry on (blank for the whole province, which the screens read as no centre) and
     * whether the province's view is the reader's to choose.
     */
    @Introspected
    public record Choice(List<Option> centres, @Nullable Long centre, String centreParam, boolean provinceView)
            implements ScreenView.Part {
    }

    public Choice choice(@Nullable Long centre) {
        return new Choice(centres.all().stream().map(c -> new Option(c.id(), c.name(), c.province())).toList(),
                centre, centre == null ? "" : centre.toString(), true);
    }

    /**
     * The centres an account answers for: an account limited to sites those of its sites (none when all its sites are
     * the province's own, or it is limited to an agency's equipment); null for an account of the whole province.
     */
    @Nullable
    public Set<Long> of(vn.dcim.core.scope.Scope scope) {
        if (!scope.limited()) {
            return null;
        }
        Set<Long> out = new java.util.TreeSet<>();
        for (String site : scope.siteIds()) {
            centres.centreOf(site).ifPresent(c -> out.add(c.id()));
        }
        return out;
    }

    /**
     * The centre of a {@code ?centre=} parameter for an account: a centre it does not answer for is not found, as one
     * that does not exist; none chosen by an account of some centres is its first one (it has no province view).
     */
    @Nullable
    public Long chosen(@Nullable String centre, vn.dcim.core.scope.Scope scope) {
        Long chosen = chosen(centre);
        Set<Long> mine = of(scope);
        if (mine == null) {
            return chosen;
        }
        if (chosen == null) {
            return mine.stream().findFirst().orElse(null);
        }
        if (!mine.contains(chosen)) {
            throw new NotFoundException("centre", centre);
        }
        return chosen;
    }

    /** The selector for an account: the centres it answers for only (all of them for the province's). */
    public Choice choice(@Nullable Long centre, vn.dcim.core.scope.Scope scope) {
        Choice all = choice(centre);
        Set<Long> mine = of(scope);
        if (mine == null) {
            return all;
        }
        // the province's view (every centre's shifts, alarms) is not the account's to choose
        return new Choice(all.centres().stream().filter(c -> mine.contains(c.id())).toList(), centre, all.centreParam(), false);
    }

    /** The sites of the chosen centre; empty when the whole province is shown. */
    public Optional<Set<String>> sites(@Nullable Long centre) {
        return centre == null ? Optional.empty() : Optional.of(Set.copyOf(centres.sitesOf(centre)));
    }

}
