package vn.dcim.core.site;

/** What a room is used for; Art. 6.1 rules apply to server rooms. */
public enum RoomKind {
    server_room, power_room, noc, storage, other
}
