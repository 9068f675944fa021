package org.ortak.organizations.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.ortak.organizations.RegisterIndex;
import org.ortak.regions.Regions;
import org.ortak.shared.DomainException;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.Violation;

/**
 * Runs an import's background work, on the job library, so that it survives a restart:
 * whatever runs it (the first run, or the run db-scheduler revives after a node died)
 * does what the import's state says is next. The dry run stages from the start again; the
 * commit is one transaction, done or not; indexing is done again whole. So a crash never
 * leaves half an import.
 */
@Configuration(proxyBeanMethods = false)
class ImportJob {

	private static final Logger log = LoggerFactory.getLogger(ImportJob.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final TransactionTemplate aside;

	private final Regions regions;

	private final MessageSource messages;

	private final RegisterIndex registerIndex;

	private final Clock clock;

	private final int maxProblems;

	private final boolean postgres;

	ImportJob(NamedParameterJdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions,
			Regions regions, MessageSource messages, RegisterIndex registerIndex, Clock clock,
			@Value("${ortak.imports.max-problems:10000}") int maxProblems) throws java.sql.SQLException {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactions);
		this.aside = new TransactionTemplate(transactions);
		this.aside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.regions = regions;
		this.messages = messages;
		this.registerIndex = registerIndex;
		this.clock = clock;
		this.maxProblems = maxProblems;
		try (var connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(java.util.Locale.ROOT)
				.contains("postgres");
		}
	}

	@Bean
	OneTimeTask<Long> importTask() {
		// work after the writing that failed is tried again a minute later
		return Tasks.oneTime(Imports.TASK)
			.onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1)))
			.execute((instance, context) -> run(instance.getData()));
	}

	/**
	 * Keeps no more than what is still of use: an import that can no longer be undone,
	 * was undone or cancelled, or was left unfinished for 30 days loses its file, staged
	 * rows and before-images (its report stays; one left unfinished is cancelled).
	 */
	@Bean
	RecurringTask<Void> importCleanup(@Value("${ortak.imports.undo-within:P7D}") Duration undoWithin) {
		return Tasks.recurring("import-cleanup", Schedules.fixedDelay(Duration.ofHours(6)))
			.execute((instance, context) -> cleanUp(undoWithin));
	}

	void cleanUp(Duration undoWithin) {
		Instant now = this.clock.instant();
		MapSqlParameterSource params = new MapSqlParameterSource()
			.addValue("undone", Timestamp.from(now.minus(undoWithin)))
			.addValue("stale", Timestamp.from(now.minus(Duration.ofDays(30))));
		this.jdbc.update("""
				update import_batch set state = 'CANCELLED', phase = null, finished_at = current_timestamp,
				    version = version + 1
				where state in ('UPLOADED', 'CHECKED', 'FAILED') and created_at < :stale""", params);
		List<Long> ended = this.jdbc.queryForList("""
				select id from import_batch where ((state = 'DONE' and committed_at < :undone)
				    or state in ('UNDONE', 'CANCELLED'))
				and (exists (select 1 from import_row r where r.import_id = import_batch.id)
				    or exists (select 1 from import_file f where f.import_id = import_batch.id))""", params,
				Long.class);
		for (long id : ended) {
			for (String table : List.of("import_file", "import_row_identifier", "import_row_sector", "import_row",
					"import_before", "import_before_sector", "import_before_identifier", "import_undo")) {
				this.jdbc.update("delete from " + table + " where import_id = :id", Map.of("id", id));
			}
		}
	}

	/** Does what the import's state says is next, until it waits for its user or ends. */
	void run(long id) {
		try {
			String state = state(id);
			if ("CHECKING".equals(state)) {
				dryRun(id);
			}
			else if ("COMMITTING".equals(state)) {
				if (commit(id)) {
					index(id);
				}
			}
			else if ("INDEXING".equals(state)) {
				index(id);
			}
			else if ("UNDOING".equals(state)) {
				undo(id);
			}
		}
		catch (InvalidInput ex) {
			Violation first = ex.violations().get(0);
			List<String> failure = new ArrayList<>();
			failure.add(first.messageKey());
			first.arguments().forEach((argument) -> failure.add(String.valueOf(argument)));
			fail(id, failure);
		}
		catch (DomainException ex) {
			fail(id, List.of("imports.error.failed"));
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", id, ex);
			fail(id, List.of("imports.error.failed"));
		}
	}

	private String state(long id) {
		return this.jdbc.queryForObject("select state from import_batch where id = :id", Map.of("id", id),
				String.class);
	}

	/**
	 * Says why the work stopped and goes back to where the user can act again: a dry run
	 * to be run again, a commit (which wrote nothing) to be committed again, an undo
	 * (which changed nothing) to be undone again. Work after the writing (indexing what
	 * was written or put back) is not left half done: it is tried again later by the job
	 * library.
	 */
	private void fail(long id, List<String> failure) {
		int settled = this.aside.execute((status) -> this.jdbc.update("""
				update import_batch set state = case state when 'CHECKING' then 'FAILED'
				    when 'COMMITTING' then 'CHECKED' else 'DONE' end, failure = :failure, phase = null,
				    version = version + 1
				where id = :id and (state in ('CHECKING', 'COMMITTING')
				    or (state = 'UNDOING' and undone_at is null))""",
				new MapSqlParameterSource().addValue("id", id).addValue("failure", ImportJson.args(failure))));
		if (settled == 0) {
			this.aside.executeWithoutResult((status) -> this.jdbc.update(
					"update import_batch set failure = :failure where id = :id",
					new MapSqlParameterSource().addValue("id", id).addValue("failure", ImportJson.args(failure))));
			throw new IllegalStateException("Import " + id + " is tried again later: " + failure);
		}
	}

	/**
	 * Stages every row of the file as its mapping reads it, then checks them all in SQL.
	 */
	private void dryRun(long id) {
		Imports.Batch batch = batch(id);
		clearStaged(this.jdbc, id);
		this.jdbc.update("update import_batch set problems_total = 0, rows_total = 0, rows_bad = 0, rows_new = 0, "
				+ "rows_updated = 0, rows_unchanged = 0, rows_duplicate = 0 where id = :id", Map.of("id", id));
		Map<String, Long> timings = new LinkedHashMap<>();
		long started = System.nanoTime();
		byte[] content = this.jdbc.queryForObject("select content from import_file where import_id = :id",
				Map.of("id", id), byte[].class);
		ImportFile file = ImportFile.read(content, batch.encoding(),
				(batch.delimiter() != null) ? batch.delimiter().charAt(0) : null, (long) content.length * 20 + 1);
		ImportMapping mapping = ImportJson.mapping(batch.mapping());
		Vocabulary vocabulary = Vocabulary.of(this.messages, this.regions.tree());
		RowCheck check = new RowCheck(mapping, batch.headers(), vocabulary, today());
		Staging staging = new Staging(this.dataSource, id, this.postgres, this.maxProblems);
		Instant phaseStart = this.clock.instant();
		long lastReport = 0;
		try (ImportFile.Rows rows = file.rows()) {
			rows.next();
			while (rows.hasNext()) {
				staging.add(check.check(rows.next()));
				if (staging.staged() % Staging.CHUNK == 0 && System.nanoTime() - lastReport > 500_000_000L) {
					lastReport = System.nanoTime();
					if (cancelled(id)) {
						return;
					}
					double fraction = Math.max(0.0001, rows.progress());
					progress(id, "STAGING", staging.staged(),
							Math.max(staging.staged(), Math.round(staging.staged() / fraction)), phaseStart);
				}
			}
		}
		staging.flush();
		timings.put("STAGING", millisSince(started));
		if (cancelled(id)) {
			return;
		}
		long checksStarted = System.nanoTime();
		progress(id, "CHECKS", 0, 1, this.clock.instant());
		this.transaction.executeWithoutResult((status) -> {
			ImportChecks checks = new ImportChecks(this.jdbc, id, mapping, batch.headers(), this.maxProblems,
					staging.problemCount());
			int duplicates = checks.dryRun();
			timings.put("CHECKS", millisSince(checksStarted));
			this.jdbc.update(
					"""
							update import_batch set state = 'CHECKED', phase = null, checked_at = :now, timings = :timings,
							    problems_total = :problems, rows_duplicate = :duplicates, version = version + 1,
							    rows_total = (select count(*) from import_row where import_id = :id),
							    rows_bad = (select count(*) from import_row where import_id = :id and bad),
							    rows_new = (select count(*) from import_row where import_id = :id and not bad and action = 'NEW'),
							    rows_updated = (select count(*) from import_row where import_id = :id and not bad
							        and action = 'UPDATE'),
							    rows_unchanged = (select count(*) from import_row where import_id = :id and not bad
							        and action = 'SAME')
							where id = :id and state = 'CHECKING'""",
					new MapSqlParameterSource().addValue("id", id)
						.addValue("now", Timestamp.from(this.clock.instant()))
						.addValue("timings", ImportJson.timings(timings))
						.addValue("problems", checks.problems())
						.addValue("duplicates", duplicates));
		});
	}

	/**
	 * Writes the good rows in one transaction, after checking again what others changed
	 * since the dry run.
	 * @return whether rows were written (and are to be indexed)
	 */
	private boolean commit(long id) {
		Imports.Batch batch = batch(id);
		Map<String, Long> timings = ImportJson.timings(batch.timings());
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		long started = System.nanoTime();
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			ImportChecks checks = new ImportChecks(this.jdbc, id, ImportJson.mapping(batch.mapping()), batch.headers(),
					this.maxProblems, batch.problems());
			int changed = checks.sinceDryRun();
			if (changed > 0 && batch.allOrNothing()) {
				this.jdbc.update("""
						update import_batch set state = 'CHECKED', phase = null, failure = :failure,
						    problems_total = :problems, rows_bad = rows_bad + :changed, version = version + 1
						where id = :id""",
						new MapSqlParameterSource().addValue("id", id)
							.addValue("failure", ImportJson.args(List.of("imports.error.changedSinceDryRun")))
							.addValue("problems", checks.problems())
							.addValue("changed", changed));
				return false;
			}
			long revision = new ImportApply(this.jdbc, id).apply(batch.publicId(), batch.createdBy(), now, today(),
					(step) -> progress(id, "APPLYING", step - 1, ImportApply.STEPS, null));
			timings.put("APPLYING", millisSince(started));
			this.jdbc.update(
					"""
							update import_batch set state = 'INDEXING', phase = 'INDEXING', phase_done = 0,
							    phase_total = (select count(*) from import_row where import_id = :id and not bad
							        and action in ('NEW', 'UPDATE')),
							    phase_started_at = :now, revision_id = :revision, committed_at = :now, timings = :timings,
							    problems_total = :problems, rows_bad = rows_bad + :changed, version = version + 1,
							    rows_new = (select count(*) from import_row where import_id = :id and not bad and action = 'NEW'),
							    rows_updated = (select count(*) from import_row where import_id = :id and not bad
							        and action = 'UPDATE'),
							    rows_unchanged = (select count(*) from import_row where import_id = :id and not bad
							        and action = 'SAME')
							where id = :id""",
					new MapSqlParameterSource().addValue("id", id)
						.addValue("now", Timestamp.from(now))
						.addValue("revision", revision)
						.addValue("timings", ImportJson.timings(timings))
						.addValue("problems", checks.problems())
						.addValue("changed", changed));
			return true;
		}));
	}

	/**
	 * Indexes the organizations the import wrote, in bulk; after a crash, all of them
	 * again.
	 */
	private void index(long id) {
		Imports.Batch batch = batch(id);
		Map<String, Long> timings = ImportJson.timings(batch.timings());
		long started = System.nanoTime();
		Instant phaseStart = this.clock.instant();
		AtomicLong indexed = new AtomicLong();
		long[] lastReport = { 0 };
		this.registerIndex.reindexWritten(batch.committedAt(), batch.createdBy(), (increment) -> {
			long done = indexed.addAndGet(increment);
			if (System.nanoTime() - lastReport[0] > 500_000_000L) {
				lastReport[0] = System.nanoTime();
				progress(id, "INDEXING", done, batch.phaseTotal(), phaseStart);
			}
		});
		timings.put("INDEXING", millisSince(started));
		this.jdbc.update("""
				update import_batch set state = 'DONE', phase = null, finished_at = :now, timings = :timings,
				    failure = null, version = version + 1
				where id = :id and state = 'INDEXING'""",
				new MapSqlParameterSource().addValue("id", id)
					.addValue("now", Timestamp.from(this.clock.instant()))
					.addValue("timings", ImportJson.timings(timings)));
		this.jdbc.update("delete from import_file where import_id = :id", Map.of("id", id));
	}

	/**
	 * Undoes the import in one transaction, then indexes what it put back; after a crash
	 * between the two, only the indexing is done again.
	 */
	private void undo(long id) {
		Imports.Batch batch = batch(id);
		Instant now;
		if (!"INDEXING".equals(batch.phase()) || batch.undoneAt() == null) {
			Instant at = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
			now = at;
			this.transaction.executeWithoutResult((status) -> {
				ImportUndo.Outcome outcome = new ImportUndo(this.jdbc, id, batch.committedAt(), batch.createdBy())
					.undo(batch.publicId(), batch.undoneBy(), at);
				this.registerIndex.forget(outcome.removedIds());
				this.jdbc.update("""
						update import_batch set phase = 'INDEXING', phase_done = 0, phase_total = :restored,
						    phase_started_at = :now, undone_at = :now, rows_removed = :removed,
						    rows_restored = :restored, rows_kept = :kept, version = version + 1
						where id = :id""",
						new MapSqlParameterSource().addValue("id", id)
							.addValue("now", Timestamp.from(at))
							.addValue("removed", outcome.removed())
							.addValue("restored", outcome.restored())
							.addValue("kept", outcome.kept()));
			});
		}
		else {
			now = batch.undoneAt();
		}
		this.registerIndex.reindexWritten(now, batch.undoneBy(), (increment) -> {
		});
		this.jdbc.update(
				"update import_batch set state = 'UNDONE', phase = null, finished_at = :now, failure = null, "
						+ "version = version + 1 where id = :id and state = 'UNDOING'",
				new MapSqlParameterSource().addValue("id", id).addValue("now", Timestamp.from(this.clock.instant())));
	}

	private boolean cancelled(long id) {
		return !"CHECKING".equals(state(id));
	}

	/**
	 * How far a phase is, written beside the work (its own transaction), for the progress
	 * bar.
	 */
	private void progress(long id, String phase, long done, long total, Instant startedAt) {
		this.aside.executeWithoutResult((status) -> this.jdbc.update(
				"update import_batch set phase = :phase, phase_done = :done, phase_total = :total, "
						+ "phase_started_at = coalesce(:started, phase_started_at) where id = :id",
				new MapSqlParameterSource().addValue("id", id)
					.addValue("phase", phase)
					.addValue("done", done)
					.addValue("total", total)
					.addValue("started", (startedAt != null) ? Timestamp.from(startedAt) : null)));
	}

	private Imports.Batch batch(long id) {
		return this.jdbc.queryForObject("select * from import_batch where id = :id", Map.of("id", id), Imports::batch);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneId.systemDefault()));
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	/** Removes what an import staged. */
	static void clearStaged(NamedParameterJdbcTemplate jdbc, long id) {
		for (String table : List.of("import_row_identifier", "import_row_sector", "import_problem", "import_row")) {
			jdbc.update("delete from " + table + " where import_id = :id", Map.of("id", id));
		}
	}

}
