package vn.dcim.mqtt.dialect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A device whose availability is told on several topics, judged as Home Assistant judges it
 * ({@code availability_mode}): {@code all}, online only while every one of its topics last said available;
 * {@code any}, online while at least one did; {@code latest} (the default), whatever the last message said. An
 * event that names its group ({@code "availability": {"group", "mode", "of", "member"}}) is turned into the
 * group's verdict; the last word of each topic is kept per device and group, for at most as many groups as topics
 * may be learned.
 */
final class AvailabilityVotes {
    private final Map<String, Map<String, Boolean>> said = new ConcurrentHashMap<>();
    private final int maxGroups;
    private final LongAdder dropped = new LongAdder();

    AvailabilityVotes(int maxGroups) {
        this.maxGroups = maxGroups;
    }

    /**
     * The event to give for a member's word: {@code event} itself under {@code latest} or without a group;
     * otherwise the group's verdict, online or offline.
     */
    String judge(String dialect, String source, Map<?, ?> how, String event) {
        if (how == null || !(event.equals(DialectEvent.ONLINE) || event.equals(DialectEvent.OFFLINE))) {
            return event;
        }
        String mode = String.valueOf(how.get("mode"));
        if (!mode.equals("all") && !mode.equals("any")) {
            return event;
        }
        Object of = how.get("of");
        int members = of instanceof Number n ? n.intValue() : 1;
        String key = dialect + '\u0000' + source + '\u0000' + how.get("group");
        if (!said.containsKey(key) && said.size() >= maxGroups) {
            // no room to remember this group: its member's own word, as under latest
            dropped.increment();
            return event;
        }
        Map<String, Boolean> words = said.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
        words.put(String.valueOf(how.get("member")), event.equals(DialectEvent.ONLINE));
        long available = words.values().stream().filter(Boolean::booleanValue).count();
        boolean online = mode.equals("all") ? available >= Math.max(members, 1) && !words.containsValue(false) : available > 0;
        return online ? DialectEvent.ONLINE : DialectEvent.OFFLINE;
    }

    /** Groups not remembered because the bound was reached, since the start. */
    long dropped() {
        return dropped.sum();
    }
}
