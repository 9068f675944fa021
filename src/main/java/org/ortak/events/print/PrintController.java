package org.ortak.events.print;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.shared.security.Actors;

/**
 * An event's PDFs, from its pages and the API alike, in the reader's language; never kept
 * by a cache, since most hold personal data.
 */
@RestController
@Tag(name = "Events")
class PrintController {

	private final EventPrints prints;

	PrintController(EventPrints prints) {
		this.prints = prints;
	}

	@GetMapping({ "/events/{id}/programme.pdf", "/api/v1/events/{id}/programme.pdf" })
	@Operation(summary = "The event's printable programme (whoever may read the event)")
	ResponseEntity<byte[]> programme(@PathVariable UUID id, Locale locale) {
		return pdf("programme.pdf", this.prints.programme(id, Actors.current(), locale));
	}

	@GetMapping({ "/events/{id}/attendance-sheet.pdf", "/api/v1/events/{id}/attendance-sheet.pdf" })
	@Operation(summary = "The attendance sheet with a column for signatures (admins and the event's coordinators)")
	ResponseEntity<byte[]> attendanceSheet(@PathVariable UUID id, Locale locale) {
		return pdf("attendance-sheet.pdf", this.prints.attendanceSheet(id, Actors.current(), locale));
	}

	@GetMapping({ "/events/{id}/certificates.pdf", "/api/v1/events/{id}/certificates.pdf" })
	@Operation(
			summary = "Certificates of attendance for those checked in, a page each (admins and the event's coordinators)")
	ResponseEntity<byte[]> certificates(@PathVariable UUID id, Locale locale) {
		return pdf("certificates.pdf", this.prints.certificates(id, Actors.current(), locale));
	}

	@GetMapping({ "/events/{id}/report.pdf", "/api/v1/events/{id}/report.pdf" })
	@Operation(summary = "The event's report: programme, participation, outcomes and actions (whoever keeps the event)")
	ResponseEntity<byte[]> report(@PathVariable UUID id, Locale locale) {
		return pdf("report.pdf", this.prints.report(id, Actors.current(), locale));
	}

	@GetMapping("/r/{token}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable String token, Locale locale) {
		return pdf("certificate.pdf", this.prints.certificate(token, locale));
	}

	private static ResponseEntity<byte[]> pdf(String name, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

}
