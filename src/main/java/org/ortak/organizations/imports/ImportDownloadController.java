package org.ortak.organizations.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.ortak.organizations.TableFile;
import org.ortak.shared.NotFound;
import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Actors;

/**
 * The files of imports, from the pages (signed-in session) and the API (token): the
 * template to fill, with headers in the reader's language, and a dry run's report of
 * every problem.
 */
@RestController
@Tag(name = "Imports")
class ImportDownloadController {

	private final Imports imports;

	private final MessageSource messages;

	ImportDownloadController(Imports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping({ "/imports/template.{format}", "/api/v1/imports/template.{format}" })
	@Operation(summary = "An empty file to fill, to import organizations",
			description = "format: csv (UTF-8 with a byte order mark, so spreadsheets read its letters) or xlsx. "
					+ "One column per field, headed with its name in the reader's language; an import "
					+ "recognises those headers in any of the five languages.")
	ResponseEntity<StreamingResponseBody> template(@PathVariable String format) {
		Actor actor = Actors.current();
		this.imports.requireImporter(actor);
		Locale locale = LocaleContextHolder.getLocale();
		List<String> headers = ImportField.ALL.stream()
			.map((field) -> this.messages.getMessage(field.labelKey(), null, locale))
			.toList();
		String name = this.messages.getMessage("imports.template.file", null, locale);
		return switch (format) {
			case "csv" -> file(name + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8), (out) -> {
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
				TableFile.csv(headers, (row) -> {
				}).writeTo(out);
			});
			case "xlsx" -> file(name + ".xlsx", TableFile.XLSX, TableFile.xlsx(name, headers, (row) -> {
			}, List.of()));
			default -> throw new NotFound();
		};
	}

	@GetMapping({ "/imports/{id}/report.{format}", "/api/v1/imports/{id}/report.{format}" })
	@Operation(summary = "A dry run's problems as a file",
			description = "format: csv or xlsx. Every problem kept (up to ortak.imports.max-problems), by line: "
					+ "line, column, value, message in the reader's language, and whether it is only a warning.")
	ResponseEntity<StreamingResponseBody> report(@PathVariable UUID id, @PathVariable String format) {
		Actor actor = Actors.current();
		// refused before the first byte: an unknown import is a problem, not a broken
		// file
		this.imports.get(id, actor);
		Locale locale = LocaleContextHolder.getLocale();
		List<String> columns = List.of("line", "column", "value", "message", "warning")
			.stream()
			.map((column) -> this.messages.getMessage("imports.report." + column, null, locale))
			.toList();
		TableFile.Rows rows = (row) -> this.imports.eachProblem(id, actor, locale,
				(problem) -> row.accept(java.util.Arrays.asList(problem.line(), problem.column(), problem.value(),
						problem.message(), problem.warning())));
		return switch (format) {
			case "csv" ->
				file("report.csv", new MediaType("text", "csv", StandardCharsets.UTF_8), TableFile.csv(columns, rows));
			case "xlsx" -> file("report.xlsx", TableFile.XLSX, TableFile.xlsx("report", columns, rows, List.of()));
			default -> throw new NotFound();
		};
	}

	private static ResponseEntity<StreamingResponseBody> file(String name, MediaType type, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename(name, StandardCharsets.UTF_8)
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
