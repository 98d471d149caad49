package vn.dcim.snmp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dcim.snmp.draft.MibIndex;
import vn.dcim.snmp.draft.ProfileDraft;
import vn.dcim.snmp.draft.ProfileDrafter;
import vn.dcim.snmp.draft.ProfileWriter;
import vn.dcim.snmp.draft.Walk;
import vn.dcim.snmp.profile.CentreProfiles;
import vn.dcim.snmp.profile.ProfileException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * ./dcim profile draft WALK: a profile drafted from a recorded walk (snmprec or {@code snmpwalk -On}) of a device no
 * profile reads, written to stdout or --out, with each object it considered listed on stderr (kept or not, and why)
 * so a technician sees what to change. Exit codes: 0 written, 1 nothing to keep (the walk holds no value the
 * profiles in use do not read already), 2 unreadable walk or bad arguments, 3 --out exists (give --force).
 */
@Command(name = "draft", description = "Draft a profile from a recorded walk (snmprec or snmpwalk -On output); "
        + "check it with 'profile check', then copy it into the profiles directory.")
public class ProfileDraftCommand implements Callable<Integer> {
    /** A walk file is a few hundred kB; the largest PDU recordings are a few MB. */
    static final long MAX_WALK_BYTES = 32L << 20;

    @Parameters(index = "0", paramLabel = "WALK") Path walkFile;
    @Option(names = "--name", description = "the profile's name (default: from the file name)") String name;
    @Option(names = "--out", description = "write the profile here instead of stdout") Path out;
    @Option(names = "--force", description = "replace --out when it exists") boolean force;
    @Option(names = "--all", description = "keep every numeric object, not only those the draft is sure of") boolean all;
    @Option(names = "--mibs-dir", defaultValue = "${env:DCIM_SNMP_MIBS_DIR}",
            description = "MIB files for names, units and scales (default DCIM_SNMP_MIBS_DIR, else DCIM_DATA_DIR/mibs)") String mibsDir;
    @Option(names = "--profiles-dir", defaultValue = "${env:DCIM_SNMP_PROFILES_DIR}",
            description = "the centre's own profiles: what they read is not drafted again") String profilesDir;
    @Option(names = "--data-dir", hidden = true, defaultValue = "${env:DCIM_DATA_DIR}") String dataDir;

    @Override
    public Integer call() {
        Walk walk;
        try {
            if (!Files.isRegularFile(walkFile) || Files.size(walkFile) > MAX_WALK_BYTES) {
                System.err.println("profile draft: not a readable walk file of at most " + (MAX_WALK_BYTES >> 20) + " MB: " + walkFile);
                return 2;
            }
            walk = Walk.parse(new String(Files.readAllBytes(walkFile), StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println("profile draft: cannot read " + walkFile + ": " + e.getMessage());
            return 2;
        }
        if (walk.values().isEmpty()) {
            System.err.println("profile draft: " + walkFile + " holds no snmprec or snmpwalk -On line (" + walk.skippedLines() + " lines skipped)");
            return 2;
        }
        String profile = name != null ? name : nameOf(walkFile);
        Path mibs = mibsDir != null && !mibsDir.isBlank() ? Path.of(mibsDir) : Path.of(dataDir == null || dataDir.isBlank() ? "data" : dataDir).resolve("mibs");
        MibIndex index = MibIndex.load(mibs);
        ProfileDraft draft;
        try {
            draft = ProfileDrafter.draft(walk, index, CentreProfiles.load(ProfileCommand.centreDir(profilesDir, dataDir)).catalog(), profile);
        } catch (IllegalArgumentException e) {
            System.err.println("profile draft: --name: " + e.getMessage());
            return 2;
        }
        System.err.printf(Locale.ROOT, "%s: %d values, %d already read by %s; %d MIB objects known from %s; %d candidates%n", walkFile,
                walk.values().size(), draft.alreadyRead(), draft.readBy().isEmpty() ? "no profile" : String.join(", ", draft.readBy()),
                draft.mibObjectsKnown(), mibs, draft.candidates().size());
        for (ProfileDraft.Candidate c : draft.candidates()) {
            ProfileDraft.Sample s = c.samples().isEmpty() ? null : c.samples().get(0);
            System.err.printf(Locale.ROOT, "  %s %-40s %-36s %s = %s  (%s)%n", c.suggested() || all ? "keep" : "    ", c.metric(),
                    c.mibName().isBlank() ? c.oid() : c.mibName(), s == null ? "" : "[" + s.instance() + "]",
                    s == null ? "" : s.text() != null ? s.text() : s.value() == null ? s.raw() : ProfileWriter.shown(s.value()) + (c.unit().isBlank() ? "" : " " + c.unit()),
                    c.why());
        }
        List<ProfileDraft.Candidate> kept = draft.candidates().stream().filter(c -> all || c.suggested()).toList();
        if (kept.isEmpty()) {
            System.err.println("profile draft: nothing to keep" + (all ? "" : " (--all keeps every numeric object)"));
            return 1;
        }
        String yaml;
        try {
            yaml = ProfileWriter.yaml(draft, null, kept, List.of("Drafted by ./dcim profile draft from " + walkFile.getFileName()
                    + ": read each metric's name, unit and scale before use (docs/profiles.md)"));
        } catch (ProfileException e) {
            System.err.println("profile draft: " + e.getMessage());
            return 1;
        }
        if (out == null) {
            System.out.print(yaml);
            return 0;
        }
        if (Files.exists(out) && !force) {
            System.err.println("profile draft: " + out + " exists (--force replaces it)");
            return 3;
        }
        try {
            Files.writeString(out, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("profile draft: cannot write " + out + ": " + e.getMessage());
            return 2;
        }
        System.err.println(out + ": profile " + draft.name() + ", " + kept.size() + " metrics");
        return 0;
    }

    /** "Acme_CRAC-7.snmprec" → "acme-crac-7". */
    static String nameOf(Path file) {
        String n = file.getFileName().toString().replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^[^a-z]+|-+$", "");
        n = n.length() > 40 ? n.substring(0, 40).replaceAll("-+$", "") : n;
        return n.length() < 2 ? "drafted" : n;
    }
}
