package org.ortak.organizations.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * An import's set-based statements, each timed in the log at debug level
 * ({@code logging.level.org.ortak.organizations.imports=debug}): what each step costs on
 * the engine at hand.
 */
final class Statements {

	private static final Logger log = LoggerFactory.getLogger(Statements.class);

	private Statements() {
	}

	/** Runs the statement; how many rows it wrote. */
	static int update(NamedParameterJdbcTemplate jdbc, String sql, SqlParameterSource params) {
		long started = System.nanoTime();
		int rows = jdbc.update(sql, params);
		if (log.isDebugEnabled()) {
			String plain = sql.strip().replaceAll("\\s+", " ");
			log.debug("{} rows in {} ms: {}", rows, (System.nanoTime() - started) / 1_000_000,
					plain.substring(0, Math.min(140, plain.length())));
		}
		return rows;
	}

}
