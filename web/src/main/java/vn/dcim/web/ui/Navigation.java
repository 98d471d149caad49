package vn.dcim.web.ui;

import io.micronaut.core.annotation.Introspected;

import java.util.List;

/** The navigation of the operator UI, in the order operators expect it. */
public final class Navigation {
    @Introspected
    public record Item(String key, String href) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("dashboard", "/"),
            new Item("alarms", "/ui/alarms"),
            new Item("incidents", "/ui/incidents"),
            new Item("handover", "/ui/handover"),
            new Item("duty-roster", "/ui/duty-roster"),
            new Item("operation-log", "/ui/operation-log"),
            new Item("devices", "/ui/devices"),
            new Item("monitoring", "/ui/monitoring"),
            new Item("sources", "/ui/sources"),
            new Item("teach", "/ui/teach"),
            new Item("racks", "/ui/racks"),
            new Item("capacity", "/ui/capacity"),
            new Item("assets", "/ui/assets"),
            new Item("cabling", "/ui/cabling"),
            new Item("stocktakes", "/ui/stocktakes"),
            new Item("licences", "/ui/licences"),
            new Item("agencies", "/ui/agencies"),
            new Item("centres", "/ui/centres"),
            new Item("workorders", "/ui/workorders"),
            new Item("changes", "/ui/changes"),
            new Item("maintenance-windows", "/ui/maintenance-windows"),
            new Item("batteries", "/ui/batteries"),
            new Item("schedules", "/ui/schedules"),
            new Item("access-log", "/ui/access-log"),
            new Item("isp-links", "/ui/isp-links"),
            new Item("dead-letters", "/ui/dead-letters"),
            new Item("reports", "/ui/reports"),
            new Item("report-mailings", "/ui/report-mailings"),
            new Item("compliance", "/ui/compliance"),
            new Item("records", "/ui/records"),
            new Item("personal-data", "/ui/personal-data"),
            new Item("admin", "/ui/admin"),
            new Item("recipients", "/ui/recipients"),
            new Item("mqtt-credentials", "/ui/mqtt-credentials"),
            new Item("push-credentials", "/ui/push-credentials"),
            new Item("accounts", "/ui/accounts"));

    private Navigation() {
    }

    public static List<Item> items() {
        return ITEMS;
    }

    /**
     * What the layout of every page reads besides the screen's own model: the menu, the address (the language switch
     * comes back to it) and which menu item is lit. A typed screen model carries it as {@link ScreenView#frame()}.
     */
    @Introspected
    public record Frame(List<Item> nav, String path, String screen) implements ScreenView.Part {
    }

    public static Frame frame(io.micronaut.http.HttpRequest<?> request, String screen) {
        return new Frame(ITEMS, request.getPath(), screen);
    }

    static boolean isScreen(String key) {
        return ITEMS.stream().anyMatch(i -> i.key().equals(key) && !i.href().equals("/"));
    }
}
