package vn.dcim.core.power;

/** The elements of a power chain, from the grid to the rack (openDCIM's power path, NetBox's power panel and feed). */
public enum PowerNodeKind {
    feed, generator, ats, ups, pdu, rack;

    /** A source needs no input: the grid feed and the generator. */
    public boolean source() {
        return this == feed || this == generator;
    }
}
