package vn.dcim.archfixture.core;

import vn.dcim.web.Application;

/** A "core" class that depends on the outer web module, on purpose (ArchitectureSpec). */
public class ReachesOut {
    public Class<?> entry() {
        return Application.class;
    }
}
