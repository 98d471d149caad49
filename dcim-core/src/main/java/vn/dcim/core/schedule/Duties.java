package vn.dcim.core.schedule;

import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every duty bean of the product, by id. */
@Singleton
public class Duties {
    private final List<Duty> all;

    Duties(List<Duty> all) {
        this.all = all.stream().sorted(Comparator.comparing(Duty::id)).toList();
    }

    public List<Duty> all() {
        return all;
    }

    public Optional<Duty> find(String id) {
        return all.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
