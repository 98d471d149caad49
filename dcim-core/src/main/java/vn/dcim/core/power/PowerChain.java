package vn.dcim.core.power;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A site's power chain as read from the registry: its elements and which feeds which. */
public record PowerChain(String siteId, List<PowerNode> nodes, List<PowerLink> links) {

    public Optional<PowerNode> node(long id) {
        return nodes.stream().filter(n -> n.id() == id).findFirst();
    }

    /** The links that bring power into a node. */
    public List<PowerLink> inputs(long nodeId) {
        return links.stream().filter(l -> l.downstreamId() == nodeId).toList();
    }

    public List<PowerLink> outputs(long nodeId) {
        return links.stream().filter(l -> l.upstreamId() == nodeId).toList();
    }

    /** Whether power flows from {@code from} to {@code to} along the links (a new link to→from would close a loop). */
    public boolean feeds(long from, long to) {
        Deque<Long> todo = new ArrayDeque<>(List.of(from));
        Set<Long> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            long at = todo.pop();
            if (at == to) {
                return true;
            }
            if (seen.add(at)) {
                outputs(at).forEach(l -> todo.push(l.downstreamId()));
            }
        }
        return false;
    }
}
