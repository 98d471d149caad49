package vn.dcim.archfixture.cycle.a;

import vn.dcim.archfixture.cycle.b.Downstream;

/** Half of a package cycle made on purpose (ArchitectureSpec: the cycle rule must catch it). */
public class Upstream {
    public Downstream next() {
        return new Downstream();
    }
}
