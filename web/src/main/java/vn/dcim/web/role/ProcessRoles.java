package vn.dcim.web.role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of the product one process runs: every part, as the single-machine install
 * always did, or those named by {@code ./dcim run --only poller} / {@code DCIM_ROLES=web,bridge}.
 * The parts are switched by the settings each one already honours, so a role is configuration, never
 * an {@code if} in the collectors: the SNMP poller ({@code dcim.snmp.enabled}), the MQTT bridge
 * ({@code dcim.mqtt.bridge.enabled}), and with the web role the screens, the API and the center's
 * duties (Quartz, clustered; {@code dcim.scheduler.enabled}) and notifications ({@code dcim.notify.enabled}).
 */
public record ProcessRoles(Set<Role> roles) {
    /** The property the running context reads its roles from (RoleFilter, /health). */
    public static final String PROPERTY = "dcim.roles";

    public enum Role { web, poller, bridge }

    public ProcessRoles {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("no role named");
        }
        roles = Set.copyOf(roles);
    }

    public static ProcessRoles all() {
        return new ProcessRoles(EnumSet.allOf(Role.class));
    }

    /** {@code null}, blank or {@code all}: every role; otherwise a comma-separated list of web, poller, bridge. */
    public static ProcessRoles parse(String list) {
        if (list == null || list.isBlank() || list.trim().equalsIgnoreCase("all")) {
            return all();
        }
        EnumSet<Role> named = EnumSet.noneOf(Role.class);
        for (String part : list.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                named.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown role '" + part.trim() + "' (roles: "
                        + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")) + ")");
            }
        }
        return new ProcessRoles(named);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAll() {
        return roles.size() == Role.values().length;
    }

    /**
     * The settings that switch off what this process does not run. A part this process runs keeps its
     * own setting (DCIM_SCHEDULER_ENABLED=false still keeps duties off a web instance).
     */
    public Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(PROPERTY, names());
        if (!has(Role.poller)) {
            p.put("dcim.snmp.enabled", false);
        }
        if (!has(Role.bridge)) {
            p.put("dcim.mqtt.bridge.enabled", false);
        }
        if (!has(Role.web)) {
            p.put("dcim.scheduler.enabled", false);
            p.put("dcim.notify.enabled", false);
        }
        if (!isAll()) {
            // the demo site, agents and MQTT traffic belong to the one-machine trial, not to a split install
            p.put("dcim.demo.enabled", false);
        }
        return p;
    }

    public String names() {
        return Arrays.stream(Role.values()).filter(roles::contains).map(Role::name).collect(Collectors.joining(","));
    }
}
