package vn.dcim.core.agency;

/**
 * What an agency can own in the centre: the things the registry, the monitoring and the power chain keep, and the
 * documents behind its presence (its request letters, the Department's decisions, its contracts).
 */
public enum EquipmentKind {
    asset, device, rack, power_link, licence, document
}
