package vn.dcim.core.asset;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Local conventions of the registry (Art. 7.1): the label-code and name patterns differ per province,
 * so they are settings, not code.
 */
@ConfigurationProperties("dcim.registry")
public class RegistrySettings {
    private String labelPattern = "^[A-Z0-9]{2,12}(-[A-Z0-9]{1,12}){1,4}$";
    private String namePattern = "^\\S.{1,199}$";
    private int expiryWindowDays = 60;
    // useful life per kind in years for straight-line wear; set them to the rates the agency applies
    // under the Ministry of Finance's current circular on state-asset depreciation
    private java.util.Map<String, Integer> usefulLifeYears = new java.util.HashMap<>(java.util.Map.of(
            "server", 5, "storage", 5, "network_switch", 5, "router", 5, "firewall", 5, "camera", 5, "door_controller", 5,
            "sensor", 5, "ups", 8, "ats", 8));

    public String getLabelPattern() { return labelPattern; }
    public void setLabelPattern(String labelPattern) { this.labelPattern = labelPattern; }
    public String getNamePattern() { return namePattern; }
    public void setNamePattern(String namePattern) { this.namePattern = namePattern; }
    /** Art. 21.1e: warn this many days before a warranty or licence ends (a day at least). */
    public int getExpiryWindowDays() { return Math.max(1, expiryWindowDays); }
    public java.util.Map<String, Integer> getUsefulLifeYears() { return usefulLifeYears; }
    public void setUsefulLifeYears(java.util.Map<String, Integer> usefulLifeYears) { this.usefulLifeYears.putAll(usefulLifeYears); }

    /** Useful life of a kind: the configured one, 8 years for power and cooling plant, 10 for generators, else 5. */
    public int usefulLifeOf(AssetKind kind) {
        return usefulLifeYears.getOrDefault(kind.name(), switch (kind) {
            case generator -> 10;
            case pdu, precision_cooling, ups, ats -> 8;
            default -> 5;
        });
    }
    public void setExpiryWindowDays(int expiryWindowDays) { this.expiryWindowDays = expiryWindowDays; }
}
