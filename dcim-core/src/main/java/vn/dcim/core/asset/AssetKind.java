package vn.dcim.core.asset;

/** Kinds of equipment a provincial data-integration center keeps in its registry. */
public enum AssetKind {
    ups, generator, ats, precision_cooling, pdu, sensor, camera, door_controller,
    router, network_switch, firewall, server, storage, other
}
