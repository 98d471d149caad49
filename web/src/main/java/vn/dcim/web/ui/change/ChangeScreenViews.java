package vn.dcim.web.ui.change;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.agency.Agency;
import vn.dcim.core.change.ChangeBypass;
import vn.dcim.core.change.ChangeKind;
import vn.dcim.core.change.ChangeThread;
import vn.dcim.core.change.PlacementOption;
import vn.dcim.core.site.Rack;
import vn.dcim.web.api.change.ChangeViews;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenView;

import java.util.List;

/** What the change screens show: one record per screen, read by its template under the components' names. */
final class ChangeScreenViews {
    private ChangeScreenViews() {
    }

    /**
     * The change requests a reader follows, the request form's choices (racks, agencies, kinds, link rows), the
     * bypass flags for the centre's supervisors and auditors, and what the last step was told ({@code told}).
     */
    @Introspected
    record ChangeList(Navigation.Frame frame, List<ChangeViews.ChangeView> changes, List<Rack> racks, List<Agency> agencies,
                      @Nullable Long ownAgency, ChangeKind[] kinds, List<Integer> linkRows, boolean canRequest,
                      List<ChangeBypass> flags, boolean canClearFlags, @Nullable String told) implements ScreenView {
    }

    /** A rack a change could go to, and why, in the reader's language. */
    @Introspected
    record PlacementChoice(PlacementOption option, List<String> why) {
    }

    /** One change, its thread, the steps the reader may take and, while it is proposed, where it could go. */
    @Introspected
    record ChangePage(Navigation.Frame frame, ChangeViews.ChangeView c, List<ChangeThread.Entry> thread, boolean canSubmit,
                      boolean canDecide, boolean canWork, boolean canSignOff, boolean canCancel, @Nullable String told,
                      List<PlacementChoice> placement) implements ScreenView {
    }
}
