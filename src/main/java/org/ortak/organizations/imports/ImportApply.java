package org.ortak.organizations.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Writes an import's good rows into the register in set-based SQL, inside the caller's
 * one transaction: one revision of the history for the whole import (through
 * {@code IMPORT}, by its user, naming it), the status changes, sectors and identifiers
 * with their history, the changed organizations (an empty cell keeps what is stored), the
 * new ones, and each one's state in the history. Nothing is read row by row.
 */
final class ImportApply {

	/** The organization's own columns a row fills when it gives them. */
	private static final List<String> PLAIN = List.of("name", "name_key", "short_name", "kind", "sub_kind",
			"legal_form", "registry_number", "registry_key", "founded_on", "address", "latitude", "longitude",
			"members_total", "members_women", "employees_total", "employees_women", "income_generating", "website",
			"phone", "email", "description", "location_precision");

	/** The audited columns of an organization, as organization_aud has them. */
	static final List<String> AUDITED = List.of("public_id", "name", "kind", "sub_kind", "legal_form",
			"registry_number", "founded_on", "region_id", "address", "latitude", "longitude", "members_total",
			"members_women", "employees_total", "employees_women", "income_generating", "website", "phone", "email",
			"description", "status", "status_since", "archived", "created_at", "created_by", "updated_at", "updated_by",
			"short_name", "listed", "location_precision", "merged_into", "confirmed_at");

	/** What an undo puts back of an organization an import changed. */
	static final List<String> RESTORED = List.of("name", "name_key", "short_name", "kind", "sub_kind", "legal_form",
			"registry_number", "registry_key", "country_id", "founded_on", "region_id", "region_path", "place_names",
			"address", "latitude", "longitude", "members_total", "members_women", "employees_total", "employees_women",
			"income_generating", "website", "phone", "email", "description", "status", "status_since", "listed",
			"location_precision", "confirmed_at");

	/** The steps, for progress. */
	static final int STEPS = 9;

	private static final String GOOD = "r.import_id = :id and not r.bad";

	private final NamedParameterJdbcTemplate jdbc;

	private final long importId;

	ImportApply(NamedParameterJdbcTemplate jdbc, long importId) {
		this.jdbc = jdbc;
		this.importId = importId;
	}

	/**
	 * Applies the good rows.
	 * @param step told each step's number as it starts, for progress
	 * @return the revision written
	 */
	long apply(UUID publicId, String by, Instant now, LocalDate today, IntConsumer step) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("id", this.importId)
			.addValue("by", by)
			.addValue("now", Timestamp.from(now))
			.addValue("today", java.sql.Date.valueOf(today));
		step.accept(1);
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(
				"insert into revision (changed_at, changed_by, channel, import_id) "
						+ "values (:now, :by, 'IMPORT', :importId)",
				new MapSqlParameterSource(params.getValues()).addValue("importId", publicId), key,
				new String[] { "id" });
		long revision = key.getKey().longValue();
		params.addValue("rev", revision);
		step.accept(2);
		// what only changed organizations need, skipped when the file changes none
		boolean updates = !this.jdbc
			.queryForList("select 1 from import_row where import_id = :id and not bad and action = 'UPDATE' "
					+ "fetch first 1 rows only", params, Integer.class)
			.isEmpty();
		if (updates) {
			keepBefore(params);
			// the status changes of changed organizations, from what they were
			update("""
					insert into organization_status_change (organization_id, from_status, to_status, effective_on,
					    changed_by, recorded_at)
					select o.id, o.status, r.status, coalesce(r.status_since, :today), :by, :now
					from import_row r join organization o on o.id = r.organization_id
					where %s and r.action = 'UPDATE' and r.status is not null and r.status <> o.status
					""".formatted(GOOD), params);
			step.accept(3);
			changeSectors(params);
			step.accept(4);
			changeIdentifiers(params);
			step.accept(5);
			update(params);
		}
		step.accept(6);
		insert(params);
		step.accept(7);
		// the new ones' first status, sectors and identifiers
		update("""
				insert into organization_status_change (organization_id, from_status, to_status, effective_on,
				    changed_by, recorded_at)
				select o.id, null, o.status, o.status_since, :by, :now
				from import_row r join organization o on o.public_id = r.public_id where %s and r.action = 'NEW'
				""".formatted(GOOD), params);
		update("""
				insert into organization_sector (organization_id, sector)
				select o.id, s.sector from import_row r join organization o on o.public_id = r.public_id
				join import_row_sector s on s.import_id = r.import_id and s.line = r.line where %s and r.action = 'NEW'
				""".formatted(GOOD), params);
		update("""
				insert into organization_sector_aud (organization_id, rev, revtype, sector)
				select o.id, :rev, 0, s.sector from import_row r join organization o on o.public_id = r.public_id
				join import_row_sector s on s.import_id = r.import_id and s.line = r.line where %s and r.action = 'NEW'
				""".formatted(GOOD), params);
		update("""
				insert into organization_identifier (organization_id, scheme, number)
				select o.id, i.scheme, i.number from import_row r join organization o on o.public_id = r.public_id
				join import_row_identifier i on i.import_id = r.import_id and i.line = r.line
				where %s and r.action = 'NEW'
				""".formatted(GOOD), params);
		update("""
				insert into organization_identifier_aud (organization_id, rev, revtype, scheme, number)
				select o.id, :rev, 0, i.scheme, i.number from import_row r join organization o on o.public_id = r.public_id
				join import_row_identifier i on i.import_id = r.import_id and i.line = r.line
				where %s and r.action = 'NEW'
				"""
			.formatted(GOOD), params);
		step.accept(8);
		String audited = String.join(", ", AUDITED);
		String states = "insert into organization_aud (id, rev, revtype, " + audited + ") select o.id, :rev, %d, "
				+ AUDITED.stream().map((column) -> "o." + column).collect(Collectors.joining(", "))
				+ " from import_row r join organization o on %s where " + GOOD + " and r.action = '%s'";
		update(states.formatted(0, "o.public_id = r.public_id", "NEW"), params);
		if (updates) {
			update(states.formatted(1, "o.id = r.organization_id", "UPDATE"), params);
		}
		step.accept(9);
		return revision;
	}

	/** What the organizations to change are now, for an undo. */
	private void keepBefore(MapSqlParameterSource params) {
		String changed = " from import_row r join %s on %s.organization_id = r.organization_id where " + GOOD
				+ " and r.action = 'UPDATE'";
		update("insert into import_before (import_id, organization_id, " + String.join(", ", RESTORED)
				+ ") select r.import_id, o.id, "
				+ RESTORED.stream().map((column) -> "o." + column).collect(Collectors.joining(", "))
				+ " from import_row r join organization o on o.id = r.organization_id where " + GOOD
				+ " and r.action = 'UPDATE'", params);
		update("insert into import_before_sector (import_id, organization_id, sector) "
				+ "select r.import_id, os.organization_id, os.sector"
				+ changed.formatted("organization_sector os", "os"), params);
		update("insert into import_before_identifier (import_id, organization_id, scheme, number) "
				+ "select r.import_id, oi.organization_id, oi.scheme, oi.number"
				+ changed.formatted("organization_identifier oi", "oi"), params);
	}

	/**
	 * Sectors a changed organization's row gives replace its own, the difference audited.
	 */
	private void changeSectors(MapSqlParameterSource params) {
		String given = GOOD + " and r.action = 'UPDATE' and r.sectors_given";
		String removed = """
				from import_row r join organization_sector os on os.organization_id = r.organization_id
				where %s and not exists (select 1 from import_row_sector s
				    where s.import_id = r.import_id and s.line = r.line and s.sector = os.sector)""".formatted(given);
		update("insert into organization_sector_aud (organization_id, rev, revtype, sector) "
				+ "select os.organization_id, :rev, 2, os.sector " + removed, params);
		update("""
				delete from organization_sector where exists (select 1 from import_row r where %s
				    and r.organization_id = organization_sector.organization_id
				    and not exists (select 1 from import_row_sector s where s.import_id = r.import_id
				        and s.line = r.line and s.sector = organization_sector.sector))""".formatted(given), params);
		String added = """
				from import_row r join import_row_sector s on s.import_id = r.import_id and s.line = r.line
				where %s and not exists (select 1 from organization_sector os
				    where os.organization_id = r.organization_id and os.sector = s.sector)""".formatted(given);
		update("insert into organization_sector_aud (organization_id, rev, revtype, sector) "
				+ "select r.organization_id, :rev, 0, s.sector " + added, params);
		update("insert into organization_sector (organization_id, sector) " + "select r.organization_id, s.sector "
				+ added, params);
	}

	/**
	 * Each identifier a changed organization's row gives is added or replaces its own.
	 */
	private void changeIdentifiers(MapSqlParameterSource params) {
		String differing = """
				from import_row r join import_row_identifier i on i.import_id = r.import_id and i.line = r.line
				join organization_identifier oi on oi.organization_id = r.organization_id and oi.scheme = i.scheme
				where %s and r.action = 'UPDATE' and oi.number <> i.number""".formatted(GOOD);
		update("insert into organization_identifier_aud (organization_id, rev, revtype, scheme, number) "
				+ "select oi.organization_id, :rev, 2, oi.scheme, oi.number " + differing, params);
		update("insert into organization_identifier_aud (organization_id, rev, revtype, scheme, number) "
				+ "select oi.organization_id, :rev, 0, i.scheme, i.number " + differing, params);
		update("""
				update organization_identifier set number = (select i.number from import_row r
				    join import_row_identifier i on i.import_id = r.import_id and i.line = r.line
				    where %s and r.action = 'UPDATE' and r.organization_id = organization_identifier.organization_id
				    and i.scheme = organization_identifier.scheme)
				where exists (select 1 %s and oi.organization_id = organization_identifier.organization_id
				    and oi.scheme = organization_identifier.scheme)""".formatted(GOOD, differing), params);
		String missing = """
				from import_row r join import_row_identifier i on i.import_id = r.import_id and i.line = r.line
				where %s and r.action = 'UPDATE' and not exists (select 1 from organization_identifier oi
				    where oi.organization_id = r.organization_id and oi.scheme = i.scheme)""".formatted(GOOD);
		update("insert into organization_identifier_aud (organization_id, rev, revtype, scheme, number) "
				+ "select r.organization_id, :rev, 0, i.scheme, i.number " + missing, params);
		update("insert into organization_identifier (organization_id, scheme, number) "
				+ "select r.organization_id, i.scheme, i.number " + missing, params);
	}

	/**
	 * The changed organizations: what a row gives replaces what is stored; the rest
	 * stays.
	 */
	private void update(MapSqlParameterSource params) {
		String plain = PLAIN.stream()
			.map((column) -> column + " = coalesce(r." + column + ", o." + column + ")")
			.collect(Collectors.joining(", "));
		update("merge into organization o using (select * from import_row r where " + GOOD
				+ " and r.action = 'UPDATE') r on (o.id = r.organization_id) when matched then update set " + plain
				+ """
						, region_id = coalesce(r.region_id, o.region_id),
						region_path = coalesce(r.region_path, o.region_path),
						place_names = coalesce(r.place_names, o.place_names),
						country_id = coalesce(r.country_id, o.country_id),
						status = coalesce(r.status, o.status),
						status_since = case when r.status is not null and r.status <> o.status
						    then coalesce(r.status_since, :today) else coalesce(r.status_since, o.status_since) end,
						listed = case when r.listed is not null then r.listed
						    when r.status = 'DISSOLVED' and o.status <> 'DISSOLVED' then false else o.listed end,
						version = o.version + 1, updated_at = :now, updated_by = :by, confirmed_at = :now""", params);
	}

	/** The new organizations, as registering them on a form makes them. */
	private void insert(MapSqlParameterSource params) {
		update("""
				insert into organization (public_id, version, name, name_key, short_name, kind, sub_kind, legal_form,
				    registry_number, registry_key, country_id, founded_on, region_id, region_path, place_names,
				    address, latitude, longitude, members_total, members_women, employees_total, employees_women,
				    income_generating, website, phone, email, description, status, status_since, archived, listed,
				    location_precision, created_at, created_by, updated_at, updated_by, confirmed_at)
				select r.public_id, 0, r.name, r.name_key, r.short_name, r.kind, r.sub_kind, r.legal_form,
				    r.registry_number, r.registry_key, r.country_id, r.founded_on, r.region_id, r.region_path,
				    r.place_names, r.address, r.latitude, r.longitude, r.members_total, r.members_women,
				    r.employees_total, r.employees_women, r.income_generating, r.website, r.phone, r.email,
				    r.description, coalesce(r.status, 'ACTIVE'),
				    case when r.status_since is not null then r.status_since
				        when coalesce(r.status, 'ACTIVE') = 'ACTIVE' then r.founded_on end,
				    false, coalesce(r.listed, coalesce(r.status, 'ACTIVE') <> 'DISSOLVED'),
				    coalesce(r.location_precision, 'EXACT'), :now, :by, :now, :by, :now
				from import_row r where %s and r.action = 'NEW' order by r.line
				""".formatted(GOOD), params);
	}

	private int update(String sql, SqlParameterSource params) {
		return Statements.update(this.jdbc, sql, params);
	}

}
