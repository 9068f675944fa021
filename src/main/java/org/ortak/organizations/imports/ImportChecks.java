package org.ortak.organizations.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import org.ortak.organizations.SubKind;

/**
 * What only the register can tell of staged rows, asked of all of them at once in SQL:
 * which stored organization a row names (by registry number, then by national identifier,
 * a merged one's survivor), whether the file names one twice, whether a new one has what
 * it needs, whether a change agrees with what is stored, which rows change nothing, and
 * which look like organizations already registered. Each check marks its rows bad and
 * records a problem per row (up to the import's limit).
 */
final class ImportChecks {

	/** A condition that reads the stored organization, as {@code o}. */
	private static final java.util.regex.Pattern STORED = java.util.regex.Pattern.compile("(?<![A-Za-z0-9_])o\\.");

	private final NamedParameterJdbcTemplate jdbc;

	private final long importId;

	private final ImportMapping mapping;

	private final List<String> headers;

	private final int maxProblems;

	private long problems;

	ImportChecks(NamedParameterJdbcTemplate jdbc, long importId, ImportMapping mapping, List<String> headers,
			int maxProblems, long problemsSoFar) {
		this.jdbc = jdbc;
		this.importId = importId;
		this.mapping = mapping;
		this.headers = headers;
		this.maxProblems = maxProblems;
		this.problems = problemsSoFar;
	}

	long problems() {
		return this.problems;
	}

	/**
	 * The dry run's checks, in order; each may rely on those before it. A check that
	 * cannot apply to this file (no registry numbers, no identifiers, no stored
	 * organization named) is not run.
	 * @return the rows that look like organizations already registered or like each other
	 */
	int dryRun() {
		boolean registry = exists("select 1 from import_row where import_id = :id and registry_key is not null");
		boolean identifiers = exists("select 1 from import_row_identifier where import_id = :id");
		match(registry, identifiers);
		boolean matched = exists("select 1 from import_row where import_id = :id and organization_id is not null");
		if (identifiers) {
			flag("identifiers", null, "imports.error.identifierOfAnother", """
					exists (select 1 from import_row_identifier i join organization_identifier oi
					    on oi.scheme = i.scheme and oi.number = i.number
					    where i.import_id = r.import_id and i.line = r.line
					    and (r.organization_id is null or oi.organization_id <> r.organization_id))""");
		}
		if (registry) {
			flag("registryNumber", "r.registry_number", "imports.error.registryAmbiguous", """
					r.organization_id is null and r.registry_key is not null and r.country_id is null
					and (select count(*) from organization o2 where o2.registry_key = r.registry_key) > 1""");
			flag("registryNumber", "r.registry_number", "imports.error.sameInFile", """
					r.organization_id is null and r.registry_key is not null and exists (select 1 from import_row r2
					    where r2.import_id = r.import_id and r2.registry_key = r.registry_key and r2.line < r.line
					    and r2.organization_id is null and not r2.bad)""");
		}
		if (matched) {
			flag("registryNumber", "r.registry_number", "imports.error.sameOrganizationTwice", """
					r.organization_id is not null and exists (select 1 from import_row r2
					    where r2.import_id = r.import_id and r2.organization_id = r.organization_id
					    and r2.line < r.line and not r2.bad)""");
		}
		if (identifiers) {
			flag("identifiers", null, "imports.error.sameInFile", """
					r.organization_id is null and exists (select 1 from import_row_identifier i
					    join import_row_identifier i2 on i2.import_id = i.import_id and i2.scheme = i.scheme
					    and i2.number = i.number and i2.line < i.line
					    where i.import_id = r.import_id and i.line = r.line)""");
		}
		if (matched) {
			update("""
					update import_row set action = 'UPDATE',
					    expected_version = (select o.version from organization o where o.id = import_row.organization_id)
					where import_id = :id and organization_id is not null""",
					params());
		}
		for (String[] required : new String[][] { { "name", "name" }, { "kind", "kind" }, { "region", "region_id" } }) {
			boolean mapped = this.mapping.columnOf(required[0]) >= 0;
			flag(required[0], null, mapped ? "validation.required" : "imports.error.requiredColumn",
					mapped ? null : ImportJson.args(List.of(RowCheck.label(required[0]))),
					"r.organization_id is null and r." + required[1] + " is null");
		}
		if (matched) {
			agreeWithStored();
			unchanged();
		}
		int duplicates = warn("imports.warning.possibleDuplicate", """
				r.organization_id is null and r.name_key is not null and exists (select 1 from organization o2
				    where o2.name_key = r.name_key and o2.region_id = r.region_id and o2.merged_into is null
				    and not o2.archived)""");
		duplicates += warn("imports.warning.duplicateInFile", """
				r.organization_id is null and r.name_key is not null and exists (select 1 from import_row r2
				    where r2.import_id = r.import_id and r2.name_key = r.name_key and r2.region_id = r.region_id
				    and r2.line < r.line and r2.organization_id is null and not r2.bad)""");
		return duplicates;
	}

	private boolean exists(String sql) {
		return !this.jdbc.queryForList(sql + " fetch first 1 rows only", params(), Integer.class).isEmpty();
	}

	/**
	 * Checks again, when the import is committed, what others may have changed since the
	 * dry run: a record changed since is a row error, never overwritten; a new one that
	 * someone registered meanwhile is one too.
	 */
	int sinceDryRun() {
		int stale = flag("name", null, "imports.error.changedSinceDryRun", """
				r.organization_id is not null and r.action <> 'NEW' and exists (select 1 from organization o2
				    where o2.id = r.organization_id and o2.version <> r.expected_version)""");
		int registered = flag("registryNumber", "r.registry_number", "imports.error.registeredSinceDryRun", """
				r.action = 'NEW' and ((r.registry_key is not null and exists (select 1 from organization o2
				    where o2.registry_key = r.registry_key and o2.country_id = r.country_id))
				  or exists (select 1 from import_row_identifier i join organization_identifier oi
				    on oi.scheme = i.scheme and oi.number = i.number
				    where i.import_id = r.import_id and i.line = r.line))""");
		return stale + registered;
	}

	/** Which stored organization each row names. */
	private void match(boolean registry, boolean identifiers) {
		if (registry) {
			update("""
					update import_row set organization_id = (select min(o.id) from organization o
					    where o.registry_key = import_row.registry_key
					    and (import_row.country_id is null or o.country_id = import_row.country_id)
					    having count(*) = 1)
					where import_id = :id and not bad and registry_key is not null
					and exists (select 1 from organization o where o.registry_key = import_row.registry_key)""",
					params());
		}
		if (identifiers) {
			update("""
					update import_row set organization_id = (select min(oi.organization_id)
					    from import_row_identifier i join organization_identifier oi
					    on oi.scheme = i.scheme and oi.number = i.number
					    where i.import_id = import_row.import_id and i.line = import_row.line
					    having count(distinct oi.organization_id) = 1)
					where import_id = :id and not bad and organization_id is null
					and exists (select 1 from import_row_identifier i join organization_identifier oi
					    on oi.scheme = i.scheme and oi.number = i.number
					    where i.import_id = import_row.import_id and i.line = import_row.line)""", params());
		}
		if (registry || identifiers) {
			// a merged organization's record is its survivor's
			update("""
					update import_row set organization_id = (select s.id from organization o
					    join organization s on s.public_id = o.merged_into where o.id = import_row.organization_id)
					where import_id = :id and exists (select 1 from organization o
					    where o.id = import_row.organization_id and o.merged_into is not null)""", params());
		}
	}

	/**
	 * A change that, with what is stored and not changed, breaks the register's rules.
	 */
	private void agreeWithStored() {
		String stored = "r.organization_id is not null and ";
		flag("membersWomen", "r.members_women", "imports.error.womenOverStored",
				stored + "coalesce(r.members_women, o.members_women) > coalesce(r.members_total, o.members_total)");
		flag("employeesWomen", "r.employees_women", "imports.error.womenOverStored", stored
				+ "coalesce(r.employees_women, o.employees_women) > coalesce(r.employees_total, o.employees_total)");
		flag("subKind", "r.sub_kind", "organizations.error.subKind",
				stored + "r.sub_kind is not null and r.kind is null and r.sub_kind_of <> o.kind");
		flag("kind", "r.kind", "imports.error.storedSubKind",
				stored + "r.kind is not null and r.sub_kind is null and o.sub_kind is not null and "
						+ kindOf("o.sub_kind") + " <> r.kind");
		flag("subKind", "r.sub_kind", "organizations.error.subKindCountry", """
				r.sub_kind_countries is not null and coalesce(r.country_id, o.country_id) is not null
				and r.sub_kind_countries not like concat('%|', coalesce((select upper(c.iso_code) from region c
				    where c.public_id = coalesce(r.country_id, o.country_id)), '-'), '|%')""");
		flag("identifiers", null, "imports.error.identifierCountry", """
				exists (select 1 from import_row_identifier i where i.import_id = r.import_id and i.line = r.line
				    and i.country <> coalesce((select upper(c.iso_code) from region c
				        where c.public_id = coalesce(r.country_id, o.country_id)), '-'))""");
		flag("status", "r.status", "organizations.error.dissolvedIsFinal",
				stored + "o.status = 'DISSOLVED' and r.status is not null and r.status <> 'DISSOLVED'");
		flag("statusSince", "r.status_since", "organizations.error.statusBeforePrevious",
				stored + "r.status is not null and r.status <> o.status and r.status_since is not null "
						+ "and o.status_since is not null and r.status_since < o.status_since");
	}

	/** A row whose every value is what is stored changes nothing. */
	private void unchanged() {
		String same = StagedRow.VALUE_COLUMNS.stream()
			.filter((column) -> !List
				.of("name_key", "registry_key", "sub_kind_of", "sub_kind_countries", "country_id", "region_path",
						"place_names")
				.contains(column))
			.map((column) -> "(r." + column + " is null or r." + column + " = o." + column + ")")
			.collect(Collectors.joining(" and "));
		update("update import_row r set action = 'SAME' where r.import_id = :id and r.action = 'UPDATE' "
				+ "and not r.bad and exists (select 1 from organization o where o.id = r.organization_id and " + same
				+ ")" + """
						and (not r.sectors_given or (not exists (select 1 from import_row_sector s
						   where s.import_id = r.import_id and s.line = r.line and not exists (select 1
						   from organization_sector os where os.organization_id = r.organization_id
						   and os.sector = s.sector))
						 and not exists (select 1 from organization_sector os
						   where os.organization_id = r.organization_id and not exists (select 1
						   from import_row_sector s where s.import_id = r.import_id and s.line = r.line
						   and s.sector = os.sector))))
						and not exists (select 1 from import_row_identifier i
						   where i.import_id = r.import_id and i.line = r.line and not exists (select 1
						   from organization_identifier oi where oi.organization_id = r.organization_id
						   and oi.scheme = i.scheme and oi.number = i.number))""", params());
	}

	/** The kind of a stored sub-kind, in SQL. */
	private static String kindOf(String column) {
		return Arrays.stream(SubKind.values())
			.map((subKind) -> "when '" + subKind.name() + "' then '" + subKind.kind().name() + "'")
			.collect(Collectors.joining(" ", "(case " + column + " ", " end)"));
	}

	private int flag(String field, String valueSql, String code, String condition) {
		return flag(field, valueSql, code, null, condition);
	}

	/**
	 * Marks bad the good rows that meet the condition (which reads the row as {@code r}
	 * and its stored organization, if any, as {@code o}), then, if there were any,
	 * records a problem for each: one pass over the rows when the file is good.
	 */
	private int flag(String field, String valueSql, String code, String args, String condition) {
		// each row looks up its organization by its key: no subquery over all rows per
		// row
		String organization = STORED.matcher(condition).find()
				? "exists (select 1 from organization o where o.id = r.organization_id and (" + condition + "))"
				: "(" + condition + ")";
		int count = update("update import_row r set bad = true, flagged = :code where r.import_id = :id "
				+ "and not r.bad and " + organization, params().addValue("code", code));
		if (count > 0) {
			record(field, valueSql, code, args, "from import_row r where r.import_id = :id and r.flagged = :code");
		}
		this.problems += count;
		return count;
	}

	/** Notes a warning on the rows that meet the condition, without marking them bad. */
	private int warn(String code, String condition) {
		String rows = "from import_row r where r.import_id = :id and not r.bad and (" + condition + ")";
		long room = this.maxProblems - this.problems;
		int recorded = record("name", "r.name", code, null, rows);
		int count = (recorded < room) ? recorded
				: this.jdbc.queryForObject("select count(*) " + rows, params(), Integer.class);
		this.problems += count;
		return count;
	}

	/** The problems of the rows, as many as there is room for; how many were recorded. */
	private int record(String field, String valueSql, String code, String args, String rows) {
		long room = this.maxProblems - this.problems;
		if (room <= 0) {
			return 0;
		}
		int column = this.mapping.columnOf(field);
		String header = (column >= 0 && column < this.headers.size()) ? this.headers.get(column) : null;
		String value = (valueSql != null) ? "cast(" + valueSql + " as varchar(300))" : "cast(null as varchar(300))";
		return update(
				"insert into import_problem (import_id, seq, line, col, field, val, code, args) "
						+ "select r.import_id, :base + row_number() over (order by r.line), r.line, :col, :field, "
						+ value + ", :code, :args " + rows + " order by r.line fetch first " + room + " rows only",
				params().addValue("base", this.problems)
					.addValue("col", header)
					.addValue("field", field)
					.addValue("code", code)
					.addValue("args", args));
	}

	private MapSqlParameterSource params() {
		return new MapSqlParameterSource(Map.of("id", this.importId));
	}

	private int update(String sql, SqlParameterSource params) {
		return Statements.update(this.jdbc, sql, params);
	}

}
