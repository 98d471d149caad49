package vn.dcim.web.scope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint or screen that filters what it answers by the caller's {@link vn.dcim.core.scope.Scope}. An account
 * limited to some sites or to an agency reaches only such routes; every other route answers it 404, so a route added
 * later without thinking of scope shows a scoped account nothing rather than everything.
 * <p>
 * {@link #id()} says what the route's {@code {id}} names; {@link ScopeFilter} then answers 404 for an id outside the
 * scope before the controller runs. The well-known query and path names (device, site, siteId, assetId, rackId,
 * roomId) are checked the same way on every scope-aware route.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ScopeAware {

    /** What the path's {@code {id}} is; {@link Id#none} when it names nothing scoped (or there is none). */
    Id id() default Id.none;

    /**
     * False where the route shows a whole site (its power, its climate): a site-limited account reaches it, an
     * agency's account, which sees only its own equipment, does not.
     */
    boolean agencies() default true;

    enum Id {
        none, site, room, rack, asset, device, alarm, agency, document,
        // equipment's parts and records: a port or cable by its asset(s), a chain element or link by its site, a stock-take
        // by its site, a change request by its agency and its equipment
        port, cable, power_node, power_link, stocktake, change,
        // the operations: an incident by everything it touches, a work order by its equipment, a window by its target
        incident, workOrder, window,
        // an incident to read, by anything it touches: an agency reads its part of one that touched others' equipment too
        incident_part,
        // personal data: a face picture by the site of the door that took it
        face_picture
    }
}
