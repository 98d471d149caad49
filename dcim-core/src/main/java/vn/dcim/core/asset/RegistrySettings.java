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

    public String getLabelPattern() { return labelPattern; }
    public void setLabelPattern(String labelPattern) { this.labelPattern = labelPattern; }
    public String getNamePattern() { return namePattern; }
    public void setNamePattern(String namePattern) { this.namePattern = namePattern; }
    public int getExpiryWindowDays() { return expiryWindowDays; }
    public void setExpiryWindowDays(int expiryWindowDays) { this.expiryWindowDays = expiryWindowDays; }
}
