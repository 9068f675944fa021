package org.ortak.networks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.ortak.organizations.TableFile;
import org.ortak.shared.files.Uploads;
import org.ortak.shared.security.Actors;

/**
 * The contributions ledger through the API, and as a workbook from the network's page:
 * what the reader may see of it, written by the network's keepers.
 */
@RestController
@Tag(name = "Networks")
class ContributionApiController {

	private final Contributions contributions;

	private final MessageSource messages;

	ContributionApiController(Contributions contributions, MessageSource messages) {
		this.contributions = contributions;
		this.messages = messages;
	}

	/** A line as a client writes it: to a network; {@code version} on update. */
	record ContributionRequest(UUID networkId, UUID eventId, UUID organizationId, UUID personId, ContributionKind kind,
			ContributionStatus status, ContributionVisibility visibility, LocalDate contributedOn, String description,
			BigDecimal amount, String currency, BigDecimal hours, String field, Integer persons, UUID projectId,
			Long version) {

		ContributionDraft draft() {
			return new ContributionDraft(this.eventId, this.organizationId, this.personId, this.kind, this.status,
					this.visibility, this.contributedOn, this.description, this.amount, this.currency, this.hours,
					this.field, this.persons, this.projectId);
		}

	}

	@GetMapping("/api/v1/contributions")
	@Operation(summary = "A network's ledger (`network`), or what was given at an event outside any network "
			+ "(`event`), with its totals per contributor, kind, year, currency and status (lines for the "
			+ "coordinators only to its keepers and the contributor's managers)")
	Contributions.Ledger ledger(@RequestParam(required = false) UUID network,
			@RequestParam(required = false) UUID event) {
		if (network == null && event == null) {
			throw org.ortak.shared.InvalidInput.of("network", "validation.required");
		}
		return (network != null) ? this.contributions.ledger(network, Actors.current())
				: this.contributions.eventLedger(event, Actors.current());
	}

	@PostMapping("/api/v1/contributions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a contribution to a network (its keepers), or at an event outside any network "
			+ "(the event's keepers: `eventId` without `networkId`)")
	ContributionView record(@RequestBody ContributionRequest request) {
		if (request.networkId() == null && request.eventId() == null) {
			throw org.ortak.shared.InvalidInput.of("networkId", "validation.required");
		}
		return (request.networkId() != null)
				? this.contributions.record(request.networkId(), request.draft(), Actors.current())
				: this.contributions.recordAtEvent(request.eventId(), request.draft(), null, Actors.current());
	}

	@PostMapping(path = "/api/v1/contributions/{id}/evidence",
			consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach evidence to a contribution: a PDF, or a JPEG or PNG image (cleaned of its metadata)")
	ContributionView evidence(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestPart(
			required = false) org.springframework.web.multipart.MultipartFile file) {
		return this.contributions.attachEvidence(id, evidenceBytes(file, this.contributions.maxEvidenceSize(), true),
				Actors.current());
	}

	@GetMapping({ "/contributions/{id}/evidence", "/api/v1/contributions/{id}/evidence" })
	@Operation(summary = "A contribution's evidence (the keepers and the contributor's managers)")
	ResponseEntity<org.springframework.core.io.InputStreamResource> evidence(@PathVariable UUID id) {
		Contributions.Evidence evidence = this.contributions.evidence(id, Actors.current());
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(evidence.mediaType()))
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evidence\"")
			.body(new org.springframework.core.io.InputStreamResource(evidence.content()));
	}

	/**
	 * An upload's bytes, refused when over the limit before they are read; nothing sent
	 * is no evidence (or, when it is required, an error naming the field).
	 */
	static byte[] evidenceBytes(org.springframework.web.multipart.MultipartFile file, long max, boolean required) {
		return required ? Uploads.required(file, max, "evidence", "document")
				: Uploads.optional(file, max, "evidence", "document");
	}

	@PutMapping("/api/v1/contributions/{id}")
	@Operation(summary = "Change a contribution (pledged to delivered, say)")
	ContributionView update(@PathVariable UUID id, @RequestBody ContributionRequest request) {
		return this.contributions.update(id, request.draft(), request.version(), Actors.current());
	}

	@DeleteMapping("/api/v1/contributions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a contribution")
	void delete(@PathVariable UUID id) {
		this.contributions.delete(id, Actors.current());
	}

	@GetMapping({ "/networks/{id}/contributions.xlsx", "/api/v1/contributions.xlsx" })
	@Operation(summary = "The ledger as a workbook, as the reader may see it")
	ResponseEntity<StreamingResponseBody> workbook(@PathVariable(required = false) UUID id,
			@RequestParam(required = false) UUID network, Locale locale) {
		UUID networkId = (id != null) ? id : network;
		if (networkId == null) {
			throw org.ortak.shared.InvalidInput.of("network", "validation.required");
		}
		List<ContributionView> lines = this.contributions.ledger(networkId, Actors.current()).lines();
		List<String> headers = List
			.of("contributedOn", "contributor", "kind", "status", "amount", "currency", "hours", "field", "persons",
					"description")
			.stream()
			.map((column) -> this.messages.getMessage("contributions.field." + column, null, locale))
			.toList();
		TableFile.Rows rows = (row) -> lines.forEach((c) -> row.accept(List.<Object>of(c.contributedOn().toString(),
				text(c.contributor()), this.messages.getMessage("contributions.kind." + c.kind(), null, locale),
				this.messages.getMessage("contributions.status." + c.status(), null, locale),
				(c.amount() != null) ? c.amount() : "", text(c.currency()), (c.hours() != null) ? c.hours() : "",
				text(c.field()), (c.persons() != null) ? c.persons() : "", text(c.description()))));
		return ResponseEntity.ok()
			.contentType(TableFile.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contributions.xlsx\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(TableFile.xlsx("contributions", headers, rows, List.of()));
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
