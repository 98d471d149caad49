package vn.dcim.web.ui.centre;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.centre.Centres;
import vn.dcim.core.error.NotFoundException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The selector's model: every centre, and the chosen one (null: the whole province). */
    public Map<String, Object> model(@Nullable Long centre) {
        Map<String, Object> model = new HashMap<>();
        List<Map<String, Object>> all = centres.all().stream()
                .map(c -> Map.<String, Object>of("id", c.id(), "name", c.name(), "province", c.province())).toList();
        model.put("centres", all);
        model.put("centre", centre);
        // the value links carry on: blank for the whole province, which the screens read as no centre
        model.put("centreParam", centre == null ? "" : centre.toString());
        model.put("provinceView", true);
        return model;
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

    /** The selector's model for an account: the centres it answers for only (all of them for the province's). */
    public Map<String, Object> model(@Nullable Long centre, vn.dcim.core.scope.Scope scope) {
        Map<String, Object> model = model(centre);
        Set<Long> mine = of(scope);
        if (mine != null) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> all = (List<Map<String, Object>>) model.get("centres");
            model.put("centres", all.stream().filter(c -> mine.contains((Long) c.get("id"))).toList());
            // the province's view (every centre's shifts, alarms) is not the account's to choose
            model.put("provinceView", false);
        }
        return model;
    }

    /** The sites of the chosen centre; empty when the whole province is shown. */
    public Optional<Set<String>> sites(@Nullable Long centre) {
        return centre == null ? Optional.empty() : Optional.of(Set.copyOf(centres.sitesOf(centre)));
    }

}
