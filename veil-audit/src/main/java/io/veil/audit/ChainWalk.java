package io.veil.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the audit rows in chain order: file rows by id, each followed by its finding rows by id (finding rows
 * whose file row is gone come where that file row was). Streams two cursors, so memory stays flat however long
 * the trail. Not thread-safe: one walk per verification.
 */
final class ChainWalk implements AutoCloseable {

    /** One row as stored; {@code redactionId} is the file row's id for a finding, its own id for a file row. */
    record Row(String table, long id, long redactionId, List<Object> fields, String prevHash, String rowHash) {
        boolean isFile() {
            return ChainHash.FILES.equals(table);
        }
    }

    private final Statement fileStatement;
    private final Statement findingStatement;
    private final ResultSet files;
    private final ResultSet findings;
    private Row nextFile;
    private Row nextFinding;

    ChainWalk(Connection c, boolean hashed) throws SQLException {
        String hashes = hashed ? ", prev_hash, row_hash" : ", NULL AS prev_hash, NULL AS row_hash";
        fileStatement = c.createStatement();
        findingStatement = c.createStatement();
        files = fileStatement.executeQuery("SELECT id, id AS redaction_id, " + String.join(", ", ChainHash.FILE_COLUMNS)
                + hashes + " FROM " + ChainHash.FILES + " ORDER BY id");
        findings = findingStatement.executeQuery("SELECT id, redaction_id, "
                + String.join(", ", ChainHash.FINDING_COLUMNS) + hashes + " FROM " + ChainHash.FINDINGS
                + " ORDER BY redaction_id, id");
        nextFile = read(files, ChainHash.FILES, ChainHash.FILE_COLUMNS.size());
        nextFinding = read(findings, ChainHash.FINDINGS, ChainHash.FINDING_COLUMNS.size());
    }

    /** The next row in chain order, or null at the end. */
    Row next() throws SQLException {
        Row out;
        if (nextFinding != null && (nextFile == null || nextFinding.redactionId() < nextFile.id())) {
            out = nextFinding;
            nextFinding = read(findings, ChainHash.FINDINGS, ChainHash.FINDING_COLUMNS.size());
        } else if (nextFile != null) {
            out = nextFile;
            nextFile = read(files, ChainHash.FILES, ChainHash.FILE_COLUMNS.size());
        } else {
            out = null;
        }
        return out;
    }

    private static Row read(ResultSet rs, String table, int columns) throws SQLException {
        if (!rs.next()) {
            return null;
        }
        List<Object> fields = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            fields.add(rs.getObject(3 + i));
        }
        return new Row(table, rs.getLong(1), rs.getLong(2), fields, rs.getString(3 + columns),
                rs.getString(4 + columns));
    }

    /** Where a hash is some row's row_hash: that row as "table id", or null when no row has it. */
    static String owner(Connection c, String hash) throws SQLException {
        if (hash == null) {
            return null;
        }
        for (String table : List.of(ChainHash.FILES, ChainHash.FINDINGS)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE row_hash = ? LIMIT 1")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return table + " " + rs.getLong(1);
                    }
                }
            }
        }
        return null;
    }

    @Override
    public void close() throws SQLException {
        try (fileStatement; findingStatement) {
            files.close();
            findings.close();
        }
    }
}
