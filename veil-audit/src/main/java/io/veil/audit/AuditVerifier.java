package io.veil.audit;

import org.sqlite.SQLiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Walks the audit trail's hash chain (docs/audit.md, "Tamper evidence") and reports every row that was edited,
 * deleted or moved, by table and row id. It reads only ids, hashes and the hashed fields; it never prints or
 * returns a field's value (the trail holds no detected value anyway). The database is opened read-only.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * AuditVerifier.Result r = AuditVerifier.verify(Path.of("audit.db"));
 * if (!r.intact()) {
 *     r.problems().forEach(p -> System.out.println(p.kind() + " " + p.table() + " row " + p.rowId()));
 * }
 * }</pre>
 */
public final class AuditVerifier {

    /** What happened to a row. */
    public enum Kind {
        /** The row's row_hash does not match its content, or a row was rewritten with a new hash. */
        EDITED,
        /** Rows are missing: an id gap, a broken link to nothing, or fewer finding rows than the file row says. */
        DELETED,
        /** The row is chained, but after the wrong row: it or its neighbour was moved or swapped. */
        REORDERED
    }

    /**
     * One problem: the table and row id it names (for a deletion, the first missing id), its kind, and a
     * sentence made of ids and counts only.
     */
    public record Problem(String table, long rowId, Kind kind, String detail) {
        public Problem {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String toString() {
            return kind + " " + table + " row " + rowId + ": " + detail;
        }
    }

    /**
     * The outcome: chained rows checked, rows from before the chain existed (null hashes, not a problem), and
     * the problems in chain order.
     */
    public record Result(long rowsChecked, long unchainedRows, List<Problem> problems) {
        public Result {
            if (rowsChecked < 0 || unchainedRows < 0) {
                throw new IllegalArgumentException("negative row count");
            }
            problems = List.copyOf(problems);
        }

        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private AuditVerifier() {
    }

    /** Verifies the chain of the audit database in {@code dbFile}, which must exist. */
    public static Result verify(Path dbFile) {
        Path file = dbFile.toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new AuditStoreException("no audit database at " + file, null);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            return new Check(c).run();
        } catch (SQLException e) {
            throw new AuditStoreException("cannot verify the audit database " + file, e);
        }
    }

    /** One walk's state; the rules are in docs/audit.md. */
    private static final class Check {
        private final Connection c;
        private final Map<String, Problem> problems = new LinkedHashMap<>();
        private final Map<String, Long> lastId = new HashMap<>();
        private long checked;
        private long unchained;
        private ChainWalk.Row previous;
        private boolean previousContentOk;
        private ChainWalk.Row pendingMove;
        private String pendingMoveOwner;
        private ChainWalk.Row group;
        private int groupFindings;
        private boolean groupExplained;

        Check(Connection c) {
            this.c = c;
        }

        Result run() throws SQLException {
            try (ChainWalk walk = new ChainWalk(c, hasHashColumns())) {
                for (ChainWalk.Row row = walk.next(); row != null; row = walk.next()) {
                    visit(row);
                }
            }
            closeGroup();
            if (pendingMove != null && !isMoved(pendingMoveOwner)) {
                moved(pendingMove, pendingMoveOwner);
            }
            return new Result(checked, unchained, new ArrayList<>(problems.values()));
        }

        private void visit(ChainWalk.Row row) throws SQLException {
            if (row.isFile()) {
                closeGroup();
                group = row;
                groupFindings = 0;
                groupExplained = false;
            } else if (group != null && group.id() == row.redactionId()) {
                groupFindings++;
            } else {
                closeGroup();
                group = null;
                add(ChainHash.FILES, row.redactionId(), Kind.DELETED, "missing; its finding rows remain");
                groupExplained = true;
            }
            if (row.rowHash() == null) {
                if (previous == null) {
                    unchained++;
                    return;
                }
                add(row.table(), row.id(), Kind.EDITED, "has no hash inside the chain");
            }
            checked++;
            boolean contentOk = row.rowHash() != null
                    && ChainHash.rowHash(row.table(), row.fields(), row.prevHash()).equals(row.rowHash());
            if (!contentOk && row.rowHash() != null) {
                add(row.table(), row.id(), Kind.EDITED, "row_hash does not match its content");
                if (row.isFile()) {
                    groupExplained = true;
                }
            }
            boolean gap = checkIds(row);
            String expected = previous == null ? ChainHash.GENESIS : previous.rowHash();
            boolean linkOk = Objects.equals(row.prevHash(), expected);
            if (pendingMove != null) {
                // A moved row breaks the link after it too; a broken link only before a row means its
                // predecessor moved away, so that row itself stayed in place.
                if (!linkOk) {
                    moved(pendingMove, pendingMoveOwner);
                }
                pendingMove = null;
            }
            if (!linkOk) {
                String owner = ChainWalk.owner(c, row.prevHash());
                if (owner != null) {
                    pendingMove = row;
                    pendingMoveOwner = owner;
                } else if (!gap && !groupExplained && previous != null && previousContentOk) {
                    add(previous.table(), previous.id(), Kind.EDITED,
                            "rewritten with a new hash: the next row no longer links to it");
                } else if (!gap && previous == null) {
                    add(row.table(), row.id(), Kind.DELETED, "the rows before it are missing");
                }
            }
            previous = row;
            previousContentOk = contentOk;
        }

        /** Ids within a table grow by one along the chain; a jump is a deletion, reported at the first missing id. */
        private boolean checkIds(ChainWalk.Row row) {
            Long last = lastId.put(row.table(), row.id());
            if (last == null || row.id() == last + 1) {
                return false;
            }
            if (row.id() > last + 1) {
                add(row.table(), last + 1, Kind.DELETED, "ids " + (last + 1) + ".." + (row.id() - 1)
                        + " are missing before row " + row.id());
                if (!row.isFile()) {
                    groupExplained = true;
                }
            }
            return true;
        }

        private void closeGroup() {
            if (group == null || groupExplained || group.rowHash() == null) {
                return;
            }
            Object declared = group.fields().get(ChainHash.FILE_COLUMNS.indexOf("finding_count"));
            if (declared instanceof Number n && n.longValue() != groupFindings) {
                add(ChainHash.FILES, group.id(), n.longValue() > groupFindings ? Kind.DELETED : Kind.EDITED,
                        "has " + groupFindings + " finding rows, its finding_count says " + n.longValue());
            }
        }

        private void moved(ChainWalk.Row row, String owner) {
            add(row.table(), row.id(), Kind.REORDERED, "links to " + owner + " instead of the row before it");
        }

        private boolean isMoved(String owner) {
            return problems.values().stream().anyMatch(p -> p.kind() == Kind.REORDERED
                    && owner.equals(p.table() + " " + p.rowId()));
        }

        private void add(String table, long id, Kind kind, String detail) {
            problems.putIfAbsent(table + " " + id + " " + kind, new Problem(table, id, kind, detail));
        }

        private boolean hasHashColumns() throws SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT COUNT(*) FROM pragma_table_info('" + ChainHash.FILES + "') WHERE name = 'row_hash'")) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }
}
