package vn.dcim.web.cli;

import picocli.CommandLine.Command;

@Command(name = "dcim", mixinStandardHelpOptions = true,
        description = "DCIM for provincial Data Integration Centers.",
        subcommands = {RunCommand.class, vn.dcim.snmp.cli.PollOnceCommand.class, vn.dcim.snmp.cli.ProfileCommand.class, BackupCommand.class, RestoreCommand.class, DialectCommand.class, picocli.CommandLine.HelpCommand.class},
        footer = {"", "./dcim collector [--help]  runs a remote collector from its own slim jar (snmp-poller-*-collector.jar;",
                "                           DCIM_COLLECTOR_ID, DCIM_MQTT_URL): no database, no web server (docs/deploy)"})
public class DcimCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
