package org.ortak.organizations.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.ortak.shared.InvalidInput;
import org.ortak.shared.ResultPage;
import org.ortak.shared.security.Actors;

/**
 * Imports for programs: upload, mapping, dry run and its report, commit, progress and
 * cancel. Admins and coordinators.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Organizations from a spreadsheet, checked before anything is written")
class ImportApiController {

	private final Imports imports;

	private final MessageSource messages;

	ImportApiController(Imports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	/** A mapping to use, and optionally to save under a name for the next file. */
	record MappingRequest(List<String> columns, Map<String, Map<String, String>> values,
			ImportMapping.Calendar calendar, String saveAs) {
	}

	/**
	 * Whether to write only if every row is good (the default), or the good rows alone.
	 */
	record CommitRequest(Boolean allOrNothing) {
	}

	/**
	 * A field a column can fill, labelled in the reader's language, and its codes if it
	 * has them.
	 */
	record FieldView(String key, String type, String label, List<String> codes) {
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a CSV or XLSX file to import",
			description = "Recognised by its content. CSV in UTF-8 or UTF-16 (with or without a byte order mark) "
					+ "is detected; windows-1254, windows-1250 or windows-1256 only when 'encoding' says so "
					+ "(windows-1254 has no Azerbaijani ə). The delimiter (, ; tab |) is detected unless "
					+ "'delimiter' says it. Up to ortak.imports.max-file-size (50 MB). The answer has the "
					+ "headers, the first rows and the mapping the headers suggest (in any of the five "
					+ "languages), or the saved mapping named by 'mapping'.")
	ResponseEntity<ImportView> upload(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String encoding, @RequestParam(required = false) String delimiter,
			@RequestParam(required = false) String mapping) {
		ImportView view = this.imports.upload(file.getOriginalFilename(), content(file, this.imports.maxFileSize()),
				encoding, delimiter, mapping, Actors.current());
		return ResponseEntity.created(URI.create("/api/v1/imports/" + view.id())).body(view);
	}

	/** The file's bytes, refused past the limit before they are read. */
	static byte[] content(MultipartFile file, long maxFileSize) {
		if (file == null || file.isEmpty()) {
			throw InvalidInput.of("file", "imports.error.empty");
		}
		if (file.getSize() > maxFileSize) {
			throw InvalidInput.of("file", "imports.error.tooLarge", maxFileSize / (1024 * 1024));
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping
	@Operation(summary = "The imports, newest first")
	ResultPage<ImportView> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.imports.list(page, size, Actors.current());
	}

	@GetMapping("/fields")
	@Operation(summary = "What a column can fill",
			description = "Each field's key (as a mapping's columns name it), type, label in the reader's "
					+ "language, and the codes a coded field's words map to (regions map to region ids).")
	List<FieldView> fields() {
		this.imports.requireImporter(Actors.current());
		Locale locale = LocaleContextHolder.getLocale();
		return ImportField.ALL.stream()
			.map((field) -> new FieldView(field.key(), field.type().name(),
					this.messages.getMessage(field.labelKey(), null, locale), Vocabulary.codes(field.type())))
			.toList();
	}

	@GetMapping("/mappings")
	@Operation(summary = "The names of the saved mappings", description = "Name one as 'mapping' on upload.")
	List<String> mappings() {
		return this.imports.savedMappings(Actors.current());
	}

	@GetMapping("/{id}")
	@Operation(summary = "An import: its state, progress (rows done, rows per second, seconds left) and counts")
	ImportView get(@PathVariable UUID id) {
		return this.imports.get(id, Actors.current());
	}

	@PutMapping("/{id}/mapping")
	@Operation(summary = "Set how the file's columns and words are read",
			description = "columns: the field each column fills, by position (null to leave one out); values: "
					+ "per coded field, a word of the file to its code (or a region's id); calendar: GREGORIAN or "
					+ "SOLAR_HIJRI; saveAs: a name to keep the mapping under. Before or after a dry run.")
	ImportView map(@PathVariable UUID id, @RequestBody MappingRequest request) {
		return this.imports.map(id, new ImportMapping(request.columns(), request.values(), request.calendar()),
				request.saveAs(), Actors.current());
	}

	@PostMapping("/{id}/dry-run")
	@Operation(summary = "Check every row, writing nothing",
			description = "Runs in the background (202): follow it with GET until its state is CHECKED; then "
					+ "GET /problems or /report.csv lists every bad row as line, column, value and message.")
	ResponseEntity<ImportView> dryRun(@PathVariable UUID id) {
		return ResponseEntity.accepted().body(this.imports.dryRun(id, Actors.current()));
	}

	@GetMapping("/{id}/problems")
	@Operation(summary = "The dry run's problems, by line, in the reader's language")
	ResultPage<ImportProblem> problems(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.imports.problems(id, page, size, Actors.current());
	}

	@PostMapping("/{id}/commit")
	@Operation(summary = "Write the checked rows",
			description = "allOrNothing (default true) refuses while any row is bad; false writes the good rows "
					+ "and leaves out the bad ones the report lists. Runs in the background (202). A record "
					+ "someone changed since the dry run becomes a row error, never an overwrite.")
	ResponseEntity<ImportView> commit(@PathVariable UUID id, @RequestBody(required = false) CommitRequest request) {
		boolean allOrNothing = request == null || request.allOrNothing() == null || request.allOrNothing();
		return ResponseEntity.accepted().body(this.imports.commit(id, allOrNothing, Actors.current()));
	}

	@PostMapping("/{id}/undo")
	@Operation(summary = "Undo a committed import",
			description = "Within ortak.imports.undo-within (7 days) of its commit, in the background (202): the "
					+ "organizations it created are removed and those it changed put back as they were, for the "
					+ "records nobody has changed since; those are kept (counts.kept). One revision of the "
					+ "history, through IMPORT.")
	ResponseEntity<ImportView> undo(@PathVariable UUID id) {
		return ResponseEntity.accepted().body(this.imports.undo(id, Actors.current()));
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Stop an import that has written nothing yet")
	ImportView cancel(@PathVariable UUID id) {
		return this.imports.cancel(id, Actors.current());
	}

}
