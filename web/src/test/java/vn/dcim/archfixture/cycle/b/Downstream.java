package vn.dcim.archfixture.cycle.b;

import vn.dcim.archfixture.cycle.a.Upstream;

/** The other half of the package cycle made on purpose. */
public class Downstream {
    public Upstream back() {
        return null;
    }
}
