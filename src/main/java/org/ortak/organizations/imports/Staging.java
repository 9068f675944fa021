package org.ortak.organizations.imports;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Writes staged rows, their identifiers, sectors and problems in chunks, each chunk
 * committed on its own (staging is redone from the start after a crash): with
 * {@code COPY} on PostgreSQL, batched inserts elsewhere.
 */
final class Staging {

	static final int CHUNK = 5000;

	private static final List<String> IDENTIFIER_COLUMNS = List.of("import_id", "line", "scheme", "number", "country");

	private static final List<String> SECTOR_COLUMNS = List.of("import_id", "line", "sector");

	static final List<String> PROBLEM_COLUMNS = List.of("import_id", "seq", "line", "col", "field", "val", "code",
			"args");

	private final DataSource dataSource;

	private final long importId;

	private final boolean postgres;

	private final int maxProblems;

	private final List<Object[]> rows = new ArrayList<>();

	private final List<Object[]> identifiers = new ArrayList<>();

	private final List<Object[]> sectors = new ArrayList<>();

	private final List<Object[]> problems = new ArrayList<>();

	private int staged;

	private int bad;

	private long problemCount;

	Staging(DataSource dataSource, long importId, boolean postgres, int maxProblems) {
		this.dataSource = dataSource;
		this.importId = importId;
		this.postgres = postgres;
		this.maxProblems = maxProblems;
	}

	/** Adds a row; writes the chunk when it is full. */
	void add(StagedRow row) {
		this.rows.add(row.values(this.importId));
		row.identifiers.forEach((scheme, number) -> this.identifiers
			.add(new Object[] { this.importId, row.line, scheme, number, row.identifierCountries.get(scheme) }));
		if (row.sectors != null) {
			row.sectors.forEach((sector) -> this.sectors.add(new Object[] { this.importId, row.line, sector }));
		}
		row.problems.forEach(this::problem);
		this.staged++;
		this.bad += row.bad() ? 1 : 0;
		if (this.rows.size() >= CHUNK) {
			flush();
		}
	}

	/** A problem with the file or a row; kept while fewer than the limit are. */
	void problem(StagedRow.Problem problem) {
		this.problemCount++;
		if (this.problemCount <= this.maxProblems) {
			this.problems.add(new Object[] { this.importId, (int) this.problemCount, problem.line(), problem.column(),
					problem.field(), problem.value(), problem.code(), ImportJson.args(problem.args()) });
		}
	}

	/** Writes what is buffered, committed. */
	void flush() {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			write(connection, "import_row", StagedRow.COLUMNS, this.rows);
			write(connection, "import_row_identifier", IDENTIFIER_COLUMNS, this.identifiers);
			write(connection, "import_row_sector", SECTOR_COLUMNS, this.sectors);
			write(connection, "import_problem", PROBLEM_COLUMNS, this.problems);
			connection.commit();
		}
		catch (SQLException | IOException ex) {
			throw new DataAccessResourceFailureException("Staging an import's rows failed", ex);
		}
		this.rows.clear();
		this.identifiers.clear();
		this.sectors.clear();
		this.problems.clear();
	}

	int staged() {
		return this.staged;
	}

	int bad() {
		return this.bad;
	}

	long problemCount() {
		return this.problemCount;
	}

	private void write(Connection connection, String table, List<String> columns, List<Object[]> values)
			throws SQLException, IOException {
		if (values.isEmpty()) {
			return;
		}
		if (this.postgres) {
			StringBuilder csv = new StringBuilder(values.size() * 256);
			for (Object[] row : values) {
				for (int i = 0; i < row.length; i++) {
					if (i > 0) {
						csv.append(',');
					}
					csv(csv, row[i]);
				}
				csv.append('\n');
			}
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)",
						new StringReader(csv.toString()));
			return;
		}
		String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
				+ String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (Object[] row : values) {
				for (int i = 0; i < row.length; i++) {
					Object value = row[i];
					statement.setObject(i + 1, (value instanceof LocalDate date) ? Date.valueOf(date) : value);
				}
				statement.addBatch();
			}
			statement.executeBatch();
		}
	}

	/** A value as PostgreSQL's CSV reads it: nothing for null, quoted text otherwise. */
	private static void csv(StringBuilder csv, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Boolean flag) {
			csv.append(flag ? 't' : 'f');
		}
		else if (value instanceof Number || value instanceof UUID || value instanceof LocalDate) {
			csv.append(value);
		}
		else {
			String text = value.toString();
			csv.append('"');
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == 0) {
					// PostgreSQL keeps no zero character in text; nothing staged needs
					// one
					continue;
				}
				if (c == '"') {
					csv.append('"');
				}
				csv.append(c);
			}
			csv.append('"');
		}
	}

}
