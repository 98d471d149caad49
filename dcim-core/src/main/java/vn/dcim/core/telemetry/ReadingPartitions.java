package vn.dcim.core.telemetry;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The day partitions of the raw points and of the 5-minute roll-ups (V66). A day is a partition
 * {@code pYYYYMMDD} holding times below the next midnight; {@code p_future} (MAXVALUE) catches what
 * lies beyond the prepared days. Dropping a day is a file removal, whatever its row count, where a
 * DELETE of 72 million rows would run for hours and leave the table fragmented (Art. 30.7a retention).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReadingPartitions {
    /** Tables partitioned by day, with the column they are partitioned on. */
    public static final List<String> TABLES = List.of("series_point", "rollup_5m");
    private static final String FUTURE = "p_future";

    /** One partition: its name and the first day it no longer holds (null for p_future). */
    public record Partition(String name, LocalDate below) {
    }

    private final Jdbc jdbc;

    public List<Partition> of(String table) {
        return jdbc.list("list the partitions of " + table,
                "SELECT partition_name, partition_description FROM information_schema.partitions "
                        + "WHERE table_schema = DATABASE() AND table_name = ? ORDER BY partition_ordinal_position",
                rs -> {
                    String bound = rs.getString(2);
                    return new Partition(rs.getString(1),
                            bound == null || bound.equals("MAXVALUE") ? null : LocalDate.parse(bound.replace("'", "").substring(0, 10)));
                }, table);
    }

    /** Makes sure every day up to {@code lastDay} has its partition; returns the days added. */
    public int prepareUntil(String table, LocalDate lastDay) {
        LocalDate from = of(table).stream().map(Partition::below).filter(d -> d != null)
                .max(LocalDate::compareTo).orElse(lastDay);
        List<String> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(lastDay); day = day.plusDays(1)) {
            days.add("PARTITION " + name(day) + " VALUES LESS THAN ('" + day.plusDays(1) + "')");
        }
        if (days.isEmpty()) {
            return 0;
        }
        // p_future is empty in the normal course, so splitting it moves no rows
        jdbc.update("prepare partitions of " + table, "ALTER TABLE " + table + " REORGANIZE PARTITION " + FUTURE
                + " INTO (" + String.join(", ", days) + ", PARTITION " + FUTURE + " VALUES LESS THAN (MAXVALUE))");
        return days.size();
    }

    /** Drops every partition whose rows all lie before {@code firstKeptDay}; returns the partitions dropped. */
    public List<String> dropBefore(String table, LocalDate firstKeptDay) {
        List<String> old = of(table).stream()
                .filter(p -> p.below() != null && !p.below().isAfter(firstKeptDay))
                .map(Partition::name).collect(Collectors.toList());
        if (!old.isEmpty()) {
            jdbc.update("drop old partitions of " + table, "ALTER TABLE " + table + " DROP PARTITION " + String.join(", ", old));
        }
        return old;
    }

    static String name(LocalDate day) {
        return "p" + day.toString().replace("-", "");
    }
}
