package org.ortak.organizations.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Undoes an import in set-based SQL, inside the caller's one transaction, for the records
 * nobody has changed since (their version and time of change are still the import's): an
 * organization it created is removed, its last state kept in the history; one it changed
 * gets back its fields, sectors and identifiers as they were before it, and the status
 * changes it recorded are withdrawn. What someone changed since is kept as it is. The
 * undo is one revision of the history, through {@code IMPORT}, naming the import.
 */
final class ImportUndo {

	private final NamedParameterJdbcTemplate jdbc;

	private final MapSqlParameterSource params;

	ImportUndo(NamedParameterJdbcTemplate jdbc, long importId, Instant committedAt, String importedBy) {
		this.jdbc = jdbc;
		this.params = new MapSqlParameterSource().addValue("id", importId)
			.addValue("committed", Timestamp.from(committedAt))
			.addValue("importer", importedBy);
	}

	/** What was done: removed, restored, kept. */
	record Outcome(int removed, int restored, int kept, List<Long> removedIds) {
	}

	Outcome undo(UUID publicId, String by, Instant now) {
		this.params.addValue("by", by).addValue("now", Timestamp.from(now));
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(
				"insert into revision (changed_at, changed_by, channel, import_id) "
						+ "values (:now, :by, 'IMPORT', :importId)",
				new MapSqlParameterSource(this.params.getValues()).addValue("importId", publicId), key,
				new String[] { "id" });
		this.params.addValue("rev", key.getKey().longValue());
		this.jdbc.update("delete from import_undo where import_id = :id", this.params);
		int removed = this.jdbc.update("""
				insert into import_undo (import_id, organization_id, action)
				select r.import_id, o.id, 'REMOVE' from import_row r join organization o on o.public_id = r.public_id
				where r.import_id = :id and not r.bad and r.action = 'NEW' and o.version = 0
				and o.updated_at = :committed
				-- a manager linked to it since is a change too
				and not exists (select 1 from app_user_organization u where u.organization_id = o.public_id)""",
				this.params);
		int restored = this.jdbc.update("""
				insert into import_undo (import_id, organization_id, action)
				select r.import_id, o.id, 'RESTORE' from import_row r join organization o on o.id = r.organization_id
				join import_before b on b.import_id = r.import_id and b.organization_id = o.id
				where r.import_id = :id and not r.bad and r.action = 'UPDATE'
				and o.version = r.expected_version + 1 and o.updated_at = :committed""", this.params);
		int written = this.jdbc.queryForObject("select count(*) from import_row where import_id = :id and not bad "
				+ "and action in ('NEW', 'UPDATE')", this.params, Integer.class);
		List<Long> removedIds = this.jdbc.queryForList(
				"select organization_id from import_undo where import_id = :id and action = 'REMOVE'", this.params,
				Long.class);
		remove();
		restore();
		return new Outcome(removed, restored, written - removed - restored, removedIds);
	}

	/**
	 * The organizations the import created: their last state kept as deleted, then gone.
	 */
	private void remove() {
		String removed = "exists (select 1 from import_undo u where u.import_id = :id and u.action = 'REMOVE' "
				+ "and u.organization_id = %s)";
		this.jdbc.update("insert into organization_sector_aud (organization_id, rev, revtype, sector) "
				+ "select s.organization_id, :rev, 2, s.sector from organization_sector s where "
				+ removed.formatted("s.organization_id"), this.params);
		this.jdbc.update("insert into organization_identifier_aud (organization_id, rev, revtype, scheme, number) "
				+ "select i.organization_id, :rev, 2, i.scheme, i.number from organization_identifier i where "
				+ removed.formatted("i.organization_id"), this.params);
		this.jdbc.update("insert into organization_aud (id, rev, revtype, " + String.join(", ", ImportApply.AUDITED)
				+ ") select o.id, :rev, 2, "
				+ ImportApply.AUDITED.stream().map((column) -> "o." + column).collect(Collectors.joining(", "))
				+ " from organization o where " + removed.formatted("o.id"), this.params);
		for (String table : List.of("organization_status_change", "organization_sector", "organization_identifier",
				"organization_certification")) {
			this.jdbc.update("delete from " + table + " where " + removed.formatted(table + ".organization_id"),
					this.params);
		}
		this.jdbc.update("delete from organization where " + removed.formatted("organization.id"), this.params);
	}

	/** The organizations the import changed: as they were before it. */
	private void restore() {
		String restored = "exists (select 1 from import_undo u where u.import_id = :id and u.action = 'RESTORE' "
				+ "and u.organization_id = %s)";
		// sectors and identifiers: what the import added goes, what it took away comes
		// back
		String extraSector = "from organization_sector s where " + restored.formatted("s.organization_id")
				+ " and not exists (select 1 from import_before_sector b where b.import_id = :id "
				+ "and b.organization_id = s.organization_id and b.sector = s.sector)";
		this.jdbc.update("insert into organization_sector_aud (organization_id, rev, revtype, sector) "
				+ "select s.organization_id, :rev, 2, s.sector " + extraSector, this.params);
		this.jdbc.update("delete from organization_sector where "
				+ restored.formatted("organization_sector" + ".organization_id")
				+ " and not exists (select 1 from import_before_sector b where b.import_id = :id "
				+ "and b.organization_id = organization_sector.organization_id "
				+ "and b.sector = organization_sector.sector)", this.params);
		String missingSector = "from import_before_sector b where b.import_id = :id and "
				+ restored.formatted("b.organization_id") + " and not exists (select 1 from organization_sector s "
				+ "where s.organization_id = b.organization_id and s.sector = b.sector)";
		this.jdbc.update("insert into organization_sector_aud (organization_id, rev, revtype, sector) "
				+ "select b.organization_id, :rev, 0, b.sector " + missingSector, this.params);
		this.jdbc.update("insert into organization_sector (organization_id, sector) "
				+ "select b.organization_id, b.sector " + missingSector, this.params);
		String extraIdentifier = "from organization_identifier i where " + restored.formatted("i.organization_id")
				+ " and not exists (select 1 from import_before_identifier b where b.import_id = :id "
				+ "and b.organization_id = i.organization_id and b.scheme = i.scheme and b.number = i.number)";
		this.jdbc.update("insert into organization_identifier_aud (organization_id, rev, revtype, scheme, number) "
				+ "select i.organization_id, :rev, 2, i.scheme, i.number " + extraIdentifier, this.params);
		this.jdbc.update("delete from organization_identifier where "
				+ restored.formatted("organization_identifier.organization_id")
				+ " and not exists (select 1 from import_before_identifier b where b.import_id = :id "
				+ "and b.organization_id = organization_identifier.organization_id "
				+ "and b.scheme = organization_identifier.scheme and b.number = organization_identifier.number)",
				this.params);
		String missingIdentifier = "from import_before_identifier b where b.import_id = :id and "
				+ restored.formatted("b.organization_id") + " and not exists (select 1 from organization_identifier i "
				+ "where i.organization_id = b.organization_id and i.scheme = b.scheme)";
		this.jdbc.update("insert into organization_identifier_aud (organization_id, rev, revtype, scheme, number) "
				+ "select b.organization_id, :rev, 0, b.scheme, b.number " + missingIdentifier, this.params);
		this.jdbc.update("insert into organization_identifier (organization_id, scheme, number) "
				+ "select b.organization_id, b.scheme, b.number " + missingIdentifier, this.params);
		// the status changes the import recorded are withdrawn with it
		this.jdbc.update("delete from organization_status_change where "
				+ restored.formatted("organization_status_change.organization_id")
				+ " and recorded_at = :committed and changed_by = :importer", this.params);
		this.jdbc.update("merge into organization o using (select b.* from import_before b where b.import_id = :id and "
				+ restored.formatted("b.organization_id") + ") b on (o.id = b.organization_id) "
				+ "when matched then update set "
				+ ImportApply.RESTORED.stream()
					.map((column) -> column + " = b." + column)
					.collect(Collectors.joining(", "))
				+ ", version = o.version + 1, updated_at = :now, updated_by = :by", this.params);
		this.jdbc.update("insert into organization_aud (id, rev, revtype, " + String.join(", ", ImportApply.AUDITED)
				+ ") select o.id, :rev, 1, "
				+ ImportApply.AUDITED.stream().map((column) -> "o." + column).collect(Collectors.joining(", "))
				+ " from organization o where " + restored.formatted("o.id"), this.params);
	}

}
