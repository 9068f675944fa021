package org.ortak.events;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.ortak.organizations.TableFile;
import org.ortak.shared.NotFound;
import org.ortak.shared.security.Actors;

/**
 * An event's registrations as a file for its coordinators, with headers and values in the
 * reader's language: from the registrations page and the API.
 */
@RestController
@Tag(name = "Events")
class RegistrationExportController {

	private static final List<String> COLUMNS = List.of("name", "email", "phone", "organization", "function", "status",
			"source", "needs", "needsNote", "registeredAt", "checkedInAt");

	private final Registrations registrations;

	private final MessageSource messages;

	RegistrationExportController(Registrations registrations, MessageSource messages) {
		this.registrations = registrations;
		this.messages = messages;
	}

	@GetMapping({ "/events/{id}/registrations.{format}", "/api/v1/events/{id}/registrations.{format}" })
	@Operation(summary = "The event's registrations as CSV or XLSX (admins and the event's coordinators)")
	ResponseEntity<StreamingResponseBody> export(@PathVariable UUID id, @PathVariable String format,
			@RequestParam(required = false) RegistrationStatus status, Locale locale) {
		if (!format.equals("csv") && !format.equals("xlsx")) {
			throw new NotFound();
		}
		List<RegistrationView> all = this.registrations.all(id, Actors.current())
			.stream()
			.filter((r) -> status == null || r.status() == status)
			.toList();
		List<String> headers = COLUMNS.stream()
			.map((column) -> this.messages.getMessage("events.registrations.column." + column, null, locale))
			.toList();
		TableFile.Rows rows = (row) -> all.forEach((r) -> row.accept(List.of(text(r.name()), text(r.email()),
				text(r.phone()), text(r.organizationName()), text(r.function()),
				this.messages.getMessage("events.registrationStatus." + r.status(), null, locale),
				this.messages.getMessage("events.registrationSource." + r.source(), null, locale),
				r.needs()
					.stream()
					.map((need) -> this.messages.getMessage("events.need." + need, null, locale))
					.collect(Collectors.joining(", ")),
				text(r.needsNote()), r.registeredAt().toString(),
				(r.checkedInAt() != null) ? r.checkedInAt().toString() : "")));
		boolean csv = format.equals("csv");
		return ResponseEntity.ok()
			.contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : TableFile.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"registrations." + format + "\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv ? TableFile.csv(headers, rows) : TableFile.xlsx("registrations", headers, rows, List.of()));
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
