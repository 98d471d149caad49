package vn.dcim.snmp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dcim.snmp.profile.CentreProfiles;
import vn.dcim.snmp.profile.Profile;
import vn.dcim.snmp.profile.ProfileCatalog;
import vn.dcim.snmp.profile.ProfileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * ./dcim profile check FILE.yaml... and ./dcim profile list: the centre's own SNMP profiles (docs/profiles.md)
 * without a server. Exit codes of check: 0 every file usable, 1 a file is not (its reason printed), 2 unreadable.
 */
@Command(name = "profile", description = "SNMP device profiles: check the centre's own, list what the poller reads with, draft one from a walk.",
        subcommands = {ProfileCommand.Check.class, ProfileCommand.ListProfiles.class, ProfileDraftCommand.class})
public class ProfileCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /**
     * The centre's profile directory: the option (whose default picocli takes from DCIM_SNMP_PROFILES_DIR), else the
     * data directory's profiles/ (DCIM_DATA_DIR, as the product's own default).
     */
    static Path centreDir(String option, String dataDir) {
        if (option != null && !option.isBlank()) {
            return Path.of(option);
        }
        return Path.of(dataDir == null || dataDir.isBlank() ? "data" : dataDir).resolve("profiles");
    }

    @Command(name = "check", description = "Check profile files as the poller reads them: YAML, keys, OIDs, overrides.")
    static class Check implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE") List<Path> files;

        @Override
        public Integer call() {
            List<String> shipped = ProfileCatalog.load().all().stream().map(Profile::name).toList();
            int worst = 0;
            for (Path file : files) {
                if (!Files.isReadable(file) || Files.isDirectory(file)) {
                    System.err.println("profile check: cannot read " + file);
                    worst = 2;
                    continue;
                }
                try {
                    Profile p = CentreProfiles.read(file);
                    p.overrides().stream().filter(o -> !shipped.contains(o)).findFirst().ifPresent(o -> {
                        throw new ProfileException(file.getFileName() + ": overrides unknown profile '" + o + "'");
                    });
                    System.out.println(file + ": profile " + p.name() + ", " + p.metrics().size() + " metrics"
                            + (shipped.contains(p.name()) ? " (replaces the shipped profile of that name)" : ""));
                } catch (ProfileException | IOException e) {
                    System.err.println(file + ": " + e.getMessage());
                    worst = Math.max(worst, 1);
                }
            }
            return worst;
        }
    }

    @Command(name = "list", description = "List the profiles the poller reads with: shipped and the centre's own.")
    static class ListProfiles implements Callable<Integer> {
        @Option(names = "--profiles-dir", defaultValue = "${env:DCIM_SNMP_PROFILES_DIR}",
                description = "default DCIM_SNMP_PROFILES_DIR, else DCIM_DATA_DIR/profiles") String dir;
        @Option(names = "--data-dir", hidden = true, defaultValue = "${env:DCIM_DATA_DIR}") String dataDir;

        @Override
        public Integer call() {
            CentreProfiles profiles = CentreProfiles.load(centreDir(dir, dataDir));
            for (Profile p : profiles.catalog().all()) {
                System.out.println(p.name() + (profiles.own().contains(p.name()) ? "\tcentre" : "\tshipped") + "\t" + p.metrics().size());
            }
            profiles.rejected().forEach(r -> System.err.println("left out: " + r));
            return profiles.rejected().isEmpty() ? 0 : 1;
        }
    }
}
