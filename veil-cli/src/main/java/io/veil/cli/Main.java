package io.veil.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code veil} command line. Exit codes: 0 done (findings or not), 1 a file or the environment failed,
 * 2 bad usage or configuration.
 */
@Command(name = "veil", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {
            "Finds personal data in images (faces, names, e-mails, phones, cards, IBANs, IDs, dates of birth, "
                    + "IPs and device IDs, QR codes) and removes it irreversibly, on this machine.",
            "",
            "Examples:",
            "  veil scan photos/ --report-dir reports/       detect only, one JSON report per file",
            "  veil redact scans/ --out redacted/            redact, verify, report and audit",
            "  veil redact id.jpg --in-place                 replace the input after verification",
            ""},
        subcommands = {ScanCommand.class, RedactCommand.class, EvalCommand.class, BenchCommand.class, TextBenchCommand.class,
                AuditCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (with or without findings)", "1:a file or the environment failed", "2:bad usage or configuration"})
public final class Main {
    public static final String VERSION = "0.1.0";

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (used by tests). */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    cmd.getErr().println("veil: " + ex.getMessage());
                    return ex instanceof UsageException ? 2 : 1;
                })
                .execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"veil " + VERSION, "Java " + Runtime.version()};
        }
    }
}
