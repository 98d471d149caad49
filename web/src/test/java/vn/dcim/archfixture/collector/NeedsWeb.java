package vn.dcim.archfixture.collector;

import vn.dcim.web.Application;

/** A "collector" class that depends on web, on purpose: a slim collector could no longer run (ArchitectureSpec). */
public class NeedsWeb {
    public Class<?> entry() {
        return Application.class;
    }
}
