package io.veil.cli;

import io.veil.audit.AuditVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code veil audit}: commands over the audit trail. {@code verify} walks the hash chain and names every edited,
 * deleted or reordered row (exit 1), or prints {@code chain intact: N rows} (exit 0). Prints ids and counts only.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.Verify.class,
        description = "Commands over the audit trail (see docs/audit.md).")
final class AuditCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UsageException("audit needs a subcommand: verify");
    }

    /** {@code veil audit verify}: checks the hash chain of the audit database. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check that no audit row was edited, deleted or reordered since it was written.",
                "Prints 'chain intact: N rows' and exits 0, or one line per problem and exits 1."})
    static final class Verify implements Callable<Integer> {
        @Option(names = "--audit-db", paramLabel = "FILE",
                description = "Audit database file (default: ~/.veil/audit.db).")
        Path auditDb;

        @Override
        public Integer call() {
            Path db = AuditTrail.dbFile(auditDb);
            if (!Files.isRegularFile(db)) {
                throw new UsageException("no audit database at " + db);
            }
            AuditVerifier.Result result = AuditVerifier.verify(db);
            for (AuditVerifier.Problem p : result.problems()) {
                System.out.println(p);
            }
            String unchained = result.unchainedRows() == 0 ? ""
                    : " (" + result.unchainedRows() + " older rows written before the chain, unchained)";
            if (result.intact()) {
                System.out.println("chain intact: " + result.rowsChecked() + " rows" + unchained);
                return 0;
            }
            return 1;
        }
    }
}
