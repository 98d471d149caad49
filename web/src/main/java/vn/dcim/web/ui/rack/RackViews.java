package vn.dcim.web.ui.rack;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.RackElevation;
import vn.dcim.core.cabling.PowerConnections;
import vn.dcim.core.capacity.RackCapacity;
import vn.dcim.core.capacity.RoomCapacity;
import vn.dcim.core.capacity.ThermalPicture;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomKind;
import vn.dcim.core.site.Site;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenView;

import java.util.List;
import java.util.Map;

/** What the rack and room screens show: one record per screen, read by its template under the components' names. */
final class RackViews {
    private RackViews() {
    }

    /** Every room with its racks' capacity, and the forms that add sites, rooms and racks. */
    @Introspected
    record RackList(Navigation.Frame frame, List<RoomCapacity> rooms, RackScreens.HeatClasses heat, boolean canEdit,
                    List<Site> sites, List<Room> allRooms, RoomKind[] roomKinds) implements ScreenView {
    }

    /** One rack: its elevation, capacity, power draws, the endpoint of each asset and the 0U equipment. */
    @Introspected
    record RackPage(Navigation.Frame frame, Rack rack, @Nullable Room room, RackElevation elevation, RackCapacity capacity,
                    PowerConnections.RackBudget draws, Map<Long, String> deviceOf, boolean canEdit, List<Asset> zeroU,
                    RackScreens.HeatClasses heat) implements ScreenView {
    }

    /**
     * The room's thermal picture at the time asked (blank: live) with the what-if question it answers; {@code
     * thermalError} names the field the picture refused (the live picture is shown then).
     */
    @Introspected
    record Thermal(String thermalAt, @Nullable Long whatIfRack, String whatIfKw, @Nullable String thermalError,
                   ThermalPicture thermal, List<String> measuredCells, RackScreens.FieldBands bands) implements ScreenView.Part {
    }

    /** A room's floor plan: its racks on the grid coloured by inlet temperature or power use, and its thermal picture. */
    @Introspected
    record RoomPage(Navigation.Frame frame, Room room, RoomCapacity capacity, List<List<RackCapacity>> grid,
                    List<RackCapacity> unplaced, String by, RackScreens.HeatClasses heat, boolean canEdit,
                    RoomKind[] roomKinds, Thermal thermalPart) implements ScreenView {
    }
}
