package vn.dcim.core.suppression;

/**
 * What a maintenance window is put on; it covers the devices on or behind it: a device, the
 * devices in a rack, in a room, on a site, or an element of the power chain and everything it feeds.
 */
public enum TargetKind {
    device, rack, room, site, power_node;

    /** The name in the API's {@code target} object: {@code powerNode} for a power-chain element. */
    public String apiName() {
        return this == power_node ? "powerNode" : name();
    }

    public static java.util.Optional<TargetKind> ofApiName(String name) {
        for (TargetKind k : values()) {
            if (k.apiName().equals(name)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
