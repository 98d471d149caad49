package vn.dcim.core.demo;

/**
 * The demo site is in the database (just seeded, or already there): the demo's simulated devices may
 * start publishing. Before it their messages would name devices the registry does not hold yet and be
 * refused as unknown.
 */
public record DemoSiteReady(boolean seededNow) {
}
