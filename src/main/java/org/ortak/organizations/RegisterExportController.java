package org.ortak.organizations;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.ortak.shared.NotFound;
import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Actors;

/**
 * The coordinators' search as a file, from the list page (signed-in session) and the API
 * (token): every field they may see, streamed.
 */
@RestController
@Tag(name = "Organizations")
class RegisterExportController {

	private final RegisterExport export;

	RegisterExportController(RegisterExport export) {
		this.export = export;
	}

	@GetMapping({ "/organizations/export.{format}", "/api/v1/organizations/export.{format}" })
	@Operation(summary = "The register's search as CSV or XLSX",
			description = "format: csv (UTF-8) or xlsx. The same parameters as the search (q, kind, status, "
					+ "region, sector, sort, archived); every organization the caller may read, with the "
					+ "fields the public directory leaves out. Text that a spreadsheet would run as a formula "
					+ "stays text.")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) OrganizationStatus status, @RequestParam(required = false) UUID region,
			@RequestParam(required = false) Sector sector, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "false") boolean archived) {
		OrganizationQuery query = new OrganizationQuery(q, kind, status, region, sector, archived, 0,
				OrganizationQuery.MAX_SIZE, sort);
		// refused before the first byte: a bad filter is a problem, not a broken file
		Organizations.checkQuery(query);
		Actor actor = Actors.current();
		TableFile.Rows rows = (row) -> this.export.each(query, actor, row);
		return switch (format) {
			case "csv" -> file("organizations.csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
					TableFile.csv(RegisterExport.COLUMNS, rows));
			case "xlsx" -> file("organizations.xlsx", TableFile.XLSX,
					TableFile.xlsx("organizations", RegisterExport.COLUMNS, rows, List.of()));
			default -> throw new NotFound();
		};
	}

	private static ResponseEntity<StreamingResponseBody> file(String name, MediaType type, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
