package org.ortak.organizations.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import org.ortak.organizations.RegisterPolicy;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.ResultPage;
import org.ortak.shared.Text;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actor;

/**
 * Imports of organizations from a coordinator's spreadsheet: the file is recognised and
 * kept, its columns mapped (guessed from its headers in any language, or a saved
 * mapping), a dry run stages and checks every row and reports each problem, then the good
 * rows are committed (all of them, or only if none is bad) and indexed; all in the
 * background, on the job library, resumed after a restart from where the import's state
 * says it was. Those who keep the whole register import.
 */
@Service
@Transactional(readOnly = true)
public class Imports {

	static final TaskDescriptor<Long> TASK = TaskDescriptor.of("import", Long.class);

	private static final int PREVIEW_ROWS = 5;

	private static final int MAX_SIZE = 100;

	private final NamedParameterJdbcTemplate jdbc;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final MessageSource messages;

	private final Clock clock;

	private final long maxFileSize;

	private final int maxProblems;

	private final long maxUnpackedSize;

	private final Duration undoWithin;

	Imports(NamedParameterJdbcTemplate jdbc, ObjectProvider<SchedulerClient> scheduler, MessageSource messages,
			Clock clock, @Value("${ortak.imports.max-file-size:50MB}") DataSize maxFileSize,
			@Value("${ortak.imports.max-problems:10000}") int maxProblems,
			@Value("${ortak.imports.max-unpacked-size:1GB}") DataSize maxUnpackedSize,
			@Value("${ortak.imports.undo-within:P7D}") Duration undoWithin) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
		this.messages = messages;
		this.clock = clock;
		this.maxFileSize = maxFileSize.toBytes();
		this.maxProblems = maxProblems;
		this.maxUnpackedSize = maxUnpackedSize.toBytes();
		this.undoWithin = undoWithin;
	}

	/** The largest file taken, in bytes. */
	public long maxFileSize() {
		return this.maxFileSize;
	}

	/**
	 * Takes a file: refuses what is not CSV or XLSX by its content, too large, empty, in
	 * another encoding, or without a header; keeps it with the mapping its headers
	 * suggest, or the saved mapping named.
	 * @param encoding the CSV's encoding when the user says it; detected otherwise
	 */
	@Transactional
	public ImportView upload(String fileName, byte[] content, String encoding, String delimiter, String savedMapping,
			Actor actor) {
		requireImporter(actor);
		if (content.length > this.maxFileSize) {
			throw InvalidInput.of("file", "imports.error.tooLarge", this.maxFileSize / (1024 * 1024));
		}
		Character chosenDelimiter = delimiter(delimiter);
		ImportFile file = ImportFile.read(content, encoding, chosenDelimiter, this.maxUnpackedSize);
		List<String> headers;
		List<List<String>> preview = new ArrayList<>();
		try (ImportFile.Rows rows = file.rows()) {
			if (!rows.hasNext()) {
				throw InvalidInput.of("file", "imports.error.empty");
			}
			headers = rows.next().cells().stream().map((header) -> Text.clean(header)).toList();
			if (headers.stream().allMatch((header) -> header == null)) {
				throw InvalidInput.of("file", "imports.error.noHeader");
			}
			while (preview.size() < PREVIEW_ROWS && rows.hasNext()) {
				preview.add(rows.next().cells().stream().map((cell) -> RowCheck.shorten(cell)).toList());
			}
		}
		headers = headers.stream().map((header) -> (header != null) ? RowCheck.shorten(header) : "").toList();
		ImportMapping mapping = (savedMapping != null && !savedMapping.isBlank()) ? savedMapping(savedMapping)
				: ImportMapping.guess(headers, labels());
		UUID id = UUID.randomUUID();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into import_batch (public_id, file_name, file_format, file_size, encoding, delimiter, headers,
				    preview, mapping, state, created_by, created_at)
				values (:id, :name, :format, :size, :encoding, :delimiter, :headers, :preview, :mapping, 'UPLOADED',
				    :by, :now)""",
				new MapSqlParameterSource().addValue("id", id)
					.addValue("name", fileName(fileName))
					.addValue("format", file.format().name())
					.addValue("size", content.length)
					.addValue("encoding", file.encoding())
					.addValue("delimiter", (file.delimiter() != null) ? file.delimiter().toString() : null)
					.addValue("headers", ImportJson.headers(headers))
					.addValue("preview", ImportJson.rows(preview))
					.addValue("mapping", ImportJson.mapping(mapping))
					.addValue("by", actor.username())
					.addValue("now", Timestamp.from(this.clock.instant())),
				key, new String[] { "id" });
		this.jdbc.update("insert into import_file (import_id, content) values (:id, :content)",
				new MapSqlParameterSource().addValue("id", key.getKey().longValue()).addValue("content", content));
		return get(id, actor);
	}

	private static Character delimiter(String delimiter) {
		if (delimiter == null || delimiter.isEmpty()) {
			return null;
		}
		String plain = "tab".equalsIgnoreCase(delimiter) ? "\t" : delimiter;
		if (plain.length() != 1 || ",;\t|".indexOf(plain.charAt(0)) < 0) {
			throw InvalidInput.of("delimiter", "imports.error.delimiter");
		}
		return plain.charAt(0);
	}

	private static String fileName(String name) {
		String plain = Text.clean((name != null) ? name.replaceAll(".*[/\\\\]", "") : null);
		if (plain == null) {
			return "import";
		}
		return (plain.length() > 255) ? plain.substring(0, 255) : plain;
	}

	/**
	 * Every field by the folded words that name it: its label in each language and its
	 * key.
	 */
	Map<String, ImportField> labels() {
		Map<String, ImportField> byLabel = new HashMap<>();
		for (ImportField field : ImportField.ALL) {
			byLabel.put(Text.matchKey(field.key()), field);
			if (field.type() == ImportField.Type.IDENTIFIER) {
				byLabel.put(Text.matchKey(field.scheme().name()), field);
			}
			if (field.type() == ImportField.Type.REGION) {
				byLabel.put("regionid", field);
			}
			for (Language language : Language.values()) {
				byLabel.putIfAbsent(Text.matchKey(this.messages.getMessage(field.labelKey(), null, language.locale())),
						field);
			}
		}
		return byLabel;
	}

	/** Changes how the file is read, before its dry run or after it (to run it again). */
	@Transactional
	public ImportView map(UUID id, ImportMapping mapping, String saveAs, Actor actor) {
		requireImporter(actor);
		Batch batch = batch(id, true);
		if (!List.of("UPLOADED", "CHECKED", "FAILED").contains(batch.state)) {
			throw InvalidInput.of("state", "imports.error.notNow");
		}
		mapping.check(batch.headers.size());
		this.jdbc.update(
				"update import_batch set mapping = :mapping, state = 'UPLOADED', failure = null, "
						+ "version = version + 1 where id = :id",
				new MapSqlParameterSource().addValue("mapping", ImportJson.mapping(mapping)).addValue("id", batch.id));
		if (saveAs != null && !saveAs.isBlank()) {
			saveMapping(saveAs, mapping, actor);
		}
		return get(id, actor);
	}

	private void saveMapping(String name, ImportMapping mapping, Actor actor) {
		String plain = Text.clean(name);
		if (plain == null || plain.length() > 100) {
			throw InvalidInput.of("saveAs", "validation.size", 1, 100);
		}
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("name", plain)
			.addValue("mapping", ImportJson.mapping(mapping))
			.addValue("by", actor.username())
			.addValue("now", Timestamp.from(this.clock.instant()));
		if (this.jdbc.update("update import_mapping set mapping = :mapping, created_by = :by, updated_at = :now "
				+ "where name = :name", params) == 0) {
			this.jdbc.update("insert into import_mapping (name, mapping, created_by, updated_at) "
					+ "values (:name, :mapping, :by, :now)", params);
		}
	}

	/** The names of the saved mappings. */
	public List<String> savedMappings(Actor actor) {
		requireImporter(actor);
		return this.jdbc.queryForList("select name from import_mapping order by name", Map.of(), String.class);
	}

	private ImportMapping savedMapping(String name) {
		List<String> found = this.jdbc.queryForList("select mapping from import_mapping where name = :name",
				Map.of("name", name), String.class);
		if (found.isEmpty()) {
			throw InvalidInput.of("mapping", "imports.error.noSuchMapping", name);
		}
		return ImportJson.mapping(found.get(0));
	}

	/**
	 * Starts the dry run in the background: every row staged and checked, nothing
	 * written.
	 */
	@Transactional
	public ImportView dryRun(UUID id, Actor actor) {
		requireImporter(actor);
		Batch batch = batch(id, true);
		if (!List.of("UPLOADED", "CHECKED", "FAILED").contains(batch.state)) {
			throw InvalidInput.of("state", "imports.error.notNow");
		}
		ImportJson.mapping(batch.mapping).check(batch.headers.size());
		this.jdbc.update("""
				update import_batch set state = 'CHECKING', phase = 'STAGING', phase_done = 0, phase_total = 0,
				    phase_started_at = :now, failure = null, cancel_asked = false, version = version + 1
				where id = :id""", new MapSqlParameterSource().addValue("id", batch.id)
			.addValue("now", Timestamp.from(this.clock.instant())));
		schedule(batch);
		return get(id, actor);
	}

	/**
	 * Starts writing the good rows in the background. All or nothing refuses while a row
	 * is bad; otherwise the bad rows are left out, as the report lists them.
	 */
	@Transactional
	public ImportView commit(UUID id, boolean allOrNothing, Actor actor) {
		requireImporter(actor);
		Batch batch = batch(id, true);
		if (!"CHECKED".equals(batch.state)) {
			throw InvalidInput.of("state", "imports.error.dryRunFirst");
		}
		if (allOrNothing && batch.bad > 0) {
			throw InvalidInput.of("allOrNothing", "imports.error.badRowsRemain", batch.bad);
		}
		this.jdbc.update("""
				update import_batch set state = 'COMMITTING', all_or_nothing = :all, phase = 'APPLYING',
				    phase_done = 0, phase_total = :steps, phase_started_at = :now, failure = null,
				    version = version + 1
				where id = :id""",
				new MapSqlParameterSource().addValue("id", batch.id)
					.addValue("all", allOrNothing)
					.addValue("steps", ImportApply.STEPS)
					.addValue("now", Timestamp.from(this.clock.instant())));
		schedule(batch);
		return get(id, actor);
	}

	/**
	 * Stops an import that has written nothing yet; what it staged is removed. Once its
	 * rows are being written it runs to the end, and can then be undone.
	 */
	@Transactional
	public ImportView cancel(UUID id, Actor actor) {
		requireImporter(actor);
		Batch batch = batch(id, true);
		if (!List.of("UPLOADED", "CHECKING", "CHECKED", "FAILED").contains(batch.state)) {
			throw InvalidInput.of("state", "imports.error.tooLateToCancel");
		}
		this.jdbc.update(
				"update import_batch set state = 'CANCELLED', phase = null, cancel_asked = true, "
						+ "finished_at = :now, version = version + 1 where id = :id",
				new MapSqlParameterSource().addValue("id", batch.id)
					.addValue("now", Timestamp.from(this.clock.instant())));
		ImportJob.clearStaged(this.jdbc, batch.id);
		this.jdbc.update("delete from import_file where import_id = :id", Map.of("id", batch.id));
		return get(id, actor);
	}

	/**
	 * Undoes a committed import in the background, within
	 * {@code ortak.imports.undo-within} of its commit: what it created is removed and
	 * what it changed is put back, for the records nobody has changed since; those are
	 * kept, and counted.
	 */
	@Transactional
	public ImportView undo(UUID id, Actor actor) {
		requireImporter(actor);
		Batch batch = batch(id, true);
		if (!"DONE".equals(batch.state) || batch.committedAt == null
				|| batch.committedAt.plus(this.undoWithin).isBefore(this.clock.instant())) {
			throw InvalidInput.of("state", "imports.error.cannotUndo");
		}
		this.jdbc.update("""
				update import_batch set state = 'UNDOING', phase = 'UNDOING', phase_done = 0, phase_total = 0,
				    phase_started_at = :now, failure = null, undone_by = :by, undone_at = null, version = version + 1
				where id = :id""",
				new MapSqlParameterSource().addValue("id", batch.id)
					.addValue("by", actor.username())
					.addValue("now", Timestamp.from(this.clock.instant())));
		schedule(batch);
		return get(id, actor);
	}

	private void schedule(Batch batch) {
		this.scheduler.getObject()
			.scheduleIfNotExists(
					TASK.instance(batch.publicId + "-" + System.nanoTime()).data(batch.id).scheduledTo(Instant.now()));
	}

	public ImportView get(UUID id, Actor actor) {
		requireImporter(actor);
		return view(batch(id, false));
	}

	/** The imports, newest first. */
	public ResultPage<ImportView> list(int page, int size, Actor actor) {
		requireImporter(actor);
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw InvalidInput.of("size", "validation.range", 1, MAX_SIZE);
		}
		long total = this.jdbc.queryForObject("select count(*) from import_batch", Map.of(), Long.class);
		List<Batch> batches = this.jdbc.query(
				"select * from import_batch order by created_at desc, id desc offset :offset rows fetch next :size rows only",
				Map.of("offset", (long) page * size, "size", size), Imports::batch);
		return new ResultPage<>(batches.stream().map(this::view).toList(), page, size, total);
	}

	/**
	 * The problems of the dry run, by line, a page at a time, in the reader's language.
	 */
	public ResultPage<ImportProblem> problems(UUID id, int page, int size, Actor actor) {
		requireImporter(actor);
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw InvalidInput.of("size", "validation.range", 1, MAX_SIZE);
		}
		Batch batch = batch(id, false);
		long total = this.jdbc.queryForObject("select count(*) from import_problem where import_id = :id",
				Map.of("id", batch.id), Long.class);
		Locale locale = LocaleContextHolder.getLocale();
		List<ImportProblem> items = this.jdbc.query(
				"select * from import_problem where import_id = :id order by line, seq "
						+ "offset :offset rows fetch next :size rows only",
				Map.of("id", batch.id, "offset", (long) page * size, "size", size), (rs, n) -> problem(rs, locale));
		return new ResultPage<>(items, page, size, total);
	}

	/**
	 * Every kept problem, by line, handed one at a time (the report's download), read a
	 * thousand at a time.
	 */
	public void eachProblem(UUID id, Actor actor, Locale locale, Consumer<ImportProblem> each) {
		requireImporter(actor);
		Batch batch = batch(id, false);
		int[] last = { -1, -1 };
		while (true) {
			List<Object[]> chunk = this.jdbc.query(
					"""
							select * from import_problem where import_id = :id and (line > :line or (line = :line and seq > :seq))
							order by line, seq fetch first 1000 rows only""",
					Map.of("id", batch.id, "line", last[0], "seq", last[1]),
					(rs, n) -> new Object[] { rs.getInt("line"), rs.getInt("seq"), problem(rs, locale) });
			chunk.forEach((row) -> each.accept((ImportProblem) row[2]));
			if (chunk.size() < 1000) {
				return;
			}
			last[0] = (int) chunk.get(chunk.size() - 1)[0];
			last[1] = (int) chunk.get(chunk.size() - 1)[1];
		}
	}

	private ImportProblem problem(ResultSet rs, Locale locale) throws SQLException {
		String code = rs.getString("code");
		String field = rs.getString("field");
		return new ImportProblem(rs.getInt("line"), rs.getString("col"), field, rs.getString("val"),
				message(code, ImportJson.list(rs.getString("args")), field, locale),
				code.startsWith("imports.warning."));
	}

	/**
	 * A word of the file that no code is known by (or that the mapping maps), how often
	 * it came, and what it may mean: codes with the message keys of their labels.
	 */
	public record UnknownWord(String field, String fieldLabelKey, String word, long count, String type,
			Map<String, String> codes, String mappedTo) {

		static UnknownWord of(String key, String word, long count, String mappedTo) {
			ImportField field = ImportField.of(key).orElse(null);
			ImportField.Type type = (field != null) ? field.type() : ImportField.Type.TEXT;
			Map<String, String> codes = new LinkedHashMap<>();
			Vocabulary.codes(type).forEach((code) -> codes.put(code, Vocabulary.labelKey(type, code)));
			return new UnknownWord(key, (field != null) ? field.labelKey() : key, word, count, type.name(), codes,
					mappedTo);
		}

	}

	/**
	 * The words of coded fields the dry run did not recognise, the most frequent first,
	 * to map them to codes.
	 */
	public List<UnknownWord> unknownWords(UUID id, Actor actor) {
		requireImporter(actor);
		Batch batch = batch(id, false);
		return this.jdbc.query("""
				select field, val, count(*) as times from import_problem
				where import_id = :id and code in ('imports.error.unknownValue', 'imports.error.ambiguousValue')
				and val is not null group by field, val order by count(*) desc, field, val fetch first 50 rows only""",
				Map.of("id", batch.id),
				(rs, n) -> UnknownWord.of(rs.getString("field"), rs.getString("val"), rs.getLong("times"), null));
	}

	/**
	 * A stored message in the reader's language; an argument {@code @key} is a message
	 * too.
	 */
	String message(String code, List<String> args, String field, Locale locale) {
		Object[] resolved = args.stream()
			.map((arg) -> arg.startsWith("@") ? this.messages.getMessage(arg.substring(1), null, arg, locale) : arg)
			.toArray();
		if ("validation.required".equals(code) && field != null) {
			resolved = new Object[] {
					this.messages.getMessage(RowCheck.label(field).substring(1), null, field, locale) };
			return this.messages.getMessage("imports.error.required", resolved, locale);
		}
		return this.messages.getMessage(code, resolved, code, locale);
	}

	private ImportView view(Batch batch) {
		Locale locale = LocaleContextHolder.getLocale();
		String failure = null;
		if (batch.failure != null) {
			List<String> parts = ImportJson.list(batch.failure);
			failure = message(parts.get(0), parts.subList(1, parts.size()), null, locale);
		}
		Instant now = this.clock.instant();
		ImportView.Progress progress = ImportView.Progress.of(batch.phase, batch.phaseDone, batch.phaseTotal,
				batch.phaseStartedAt, now);
		Instant undoUntil = ("DONE".equals(batch.state) && batch.committedAt != null)
				? batch.committedAt.plus(this.undoWithin) : null;
		return new ImportView(batch.publicId, batch.fileName, batch.format, batch.encoding, batch.delimiter,
				batch.headers, ImportJson.rows(batch.preview), ImportJson.mapping(batch.mapping), batch.state,
				batch.allOrNothing, progress,
				new ImportView.Counts(batch.rows, batch.bad, batch.created, batch.updated, batch.unchanged,
						batch.duplicates, batch.problems, batch.removed, batch.restored, batch.kept),
				ImportJson.timings(batch.timings), failure, batch.createdBy, batch.createdAt, batch.checkedAt,
				batch.committedAt, batch.finishedAt, (undoUntil != null && undoUntil.isAfter(now)) ? undoUntil : null);
	}

	void requireImporter(Actor actor) {
		if (actor == null || !RegisterPolicy.keepsWholeRegister(actor)) {
			throw new Forbidden();
		}
	}

	private Batch batch(UUID id, boolean forUpdate) {
		List<Batch> found = this.jdbc.query(
				"select * from import_batch where public_id = :id" + (forUpdate ? " for update" : ""), Map.of("id", id),
				Imports::batch);
		if (found.isEmpty()) {
			throw new NotFound();
		}
		return found.get(0);
	}

	/** An import's row of {@code import_batch}. */
	record Batch(long id, UUID publicId, String fileName, String format, String encoding, String delimiter,
			List<String> headers, String preview, String mapping, String state, boolean allOrNothing, String phase,
			long phaseDone, long phaseTotal, Instant phaseStartedAt, int rows, int bad, int created, int updated,
			int unchanged, int duplicates, long problems, Long revisionId, String timings, String failure,
			boolean cancelAsked, String createdBy, Instant createdAt, Instant checkedAt, Instant committedAt,
			Instant finishedAt, String undoneBy, Instant undoneAt, int removed, int restored, int kept) {
	}

	static Batch batch(ResultSet rs, int row) throws SQLException {
		Long revision = (rs.getObject("revision_id") != null) ? rs.getLong("revision_id") : null;
		return new Batch(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getString("file_name"),
				rs.getString("file_format"), rs.getString("encoding"), rs.getString("delimiter"),
				ImportJson.list(rs.getString("headers")), rs.getString("preview"), rs.getString("mapping"),
				rs.getString("state"), rs.getBoolean("all_or_nothing"), rs.getString("phase"), rs.getLong("phase_done"),
				rs.getLong("phase_total"), instant(rs, "phase_started_at"), rs.getInt("rows_total"),
				rs.getInt("rows_bad"), rs.getInt("rows_new"), rs.getInt("rows_updated"), rs.getInt("rows_unchanged"),
				rs.getInt("rows_duplicate"), rs.getLong("problems_total"), revision, rs.getString("timings"),
				rs.getString("failure"), rs.getBoolean("cancel_asked"), rs.getString("created_by"),
				instant(rs, "created_at"), instant(rs, "checked_at"), instant(rs, "committed_at"),
				instant(rs, "finished_at"), rs.getString("undone_by"), instant(rs, "undone_at"),
				rs.getInt("rows_removed"), rs.getInt("rows_restored"), rs.getInt("rows_kept"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
