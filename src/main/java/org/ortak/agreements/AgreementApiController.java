package org.ortak.agreements;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.ortak.shared.ResultPage;
import org.ortak.shared.security.Actors;

/**
 * Agreements, their obligations and documents through the API, under the same rules as
 * the pages.
 */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements")
class AgreementApiController {

	private final Agreements agreements;

	private final AgreementDocuments documents;

	AgreementApiController(Agreements agreements, AgreementDocuments documents) {
		this.agreements = agreements;
		this.documents = documents;
	}

	/** An agreement as a client writes it; {@code version} on update. */
	record AgreementRequest(AgreementKind kind, AgreementStatus status, AgreementVisibility visibility, String language,
			String title, String subject, UUID networkId, LocalDate startsOn, LocalDate endsOn, List<UUID> parties,
			List<Signatory> signatories, List<String> coordinators, Long version) {

		AgreementDraft draft() {
			return new AgreementDraft(this.kind, this.status, this.visibility, this.language, this.title, this.subject,
					this.networkId, this.startsOn, this.endsOn, this.parties, this.signatories, this.coordinators);
		}

	}

	/** An obligation as a client writes it; {@code version} on update. */
	record ObligationRequest(UUID organizationId, String description, LocalDate dueOn, ObligationStatus status,
			LocalDate doneOn, Long version) {

		ObligationDraft draft() {
			return new ObligationDraft(this.organizationId, this.description, this.dueOn, this.status, this.doneOn);
		}

	}

	/** Where an obligation stands, as its party's managers may say. */
	record MarkRequest(ObligationStatus status, LocalDate doneOn, Long version) {
	}

	@GetMapping
	@Operation(summary = "Search agreements by title (`q`), `kind`, `status`, party (`organization`), "
			+ "`network`; `endingWithin` days: those in force ending by then, soonest first")
	ResultPage<AgreementSummary> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) AgreementKind kind, @RequestParam(required = false) AgreementStatus status,
			@RequestParam(required = false) UUID organization, @RequestParam(required = false) UUID network,
			@RequestParam(required = false) Integer endingWithin, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.agreements.search(new Agreements.Query(q, kind, status, organization, network, endingWithin), page,
				size, Actors.current());
	}

	@GetMapping("/obligations")
	@Operation(summary = "Open obligations of the agreements the reader may see: overdue (`dueWithin=0`, "
			+ "the default) or due within so many days, of a party (`organization`)")
	ResultPage<ObligationView> obligations(@RequestParam(defaultValue = "0") int dueWithin,
			@RequestParam(required = false) UUID organization, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.agreements.openObligations(dueWithin, organization, page, size, Actors.current());
	}

	@GetMapping("/{id}")
	@Operation(summary = "An agreement: parties and signatories, obligations; documents for its keepers and parties")
	AgreementView get(@PathVariable UUID id) {
		return this.agreements.get(id, Actors.current());
	}

	@PostMapping
	@Operation(summary = "Make an agreement (admins and coordinators)")
	ResponseEntity<AgreementView> create(@RequestBody AgreementRequest request) {
		AgreementView created = this.agreements.create(request.draft(), Actors.current());
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an agreement (admins and its coordinators)")
	AgreementView update(@PathVariable UUID id, @RequestBody AgreementRequest request) {
		return this.agreements.update(id, request.draft(), request.version(), Actors.current());
	}

	@PostMapping("/{id}/obligations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a party's obligation with its due date")
	ObligationView addObligation(@PathVariable UUID id, @RequestBody ObligationRequest request) {
		return this.agreements.addObligation(id, request.draft(), Actors.current());
	}

	@PutMapping("/{id}/obligations/{obligationId}")
	@Operation(summary = "Change an obligation (the agreement's keepers)")
	ObligationView changeObligation(@PathVariable UUID id, @PathVariable UUID obligationId,
			@RequestBody ObligationRequest request) {
		return this.agreements.changeObligation(id, obligationId, request.draft(), request.version(), Actors.current());
	}

	@PostMapping("/{id}/obligations/{obligationId}/status")
	@Operation(summary = "Mark an obligation done, waived or open (the keepers and the owing party's managers)")
	ObligationView markObligation(@PathVariable UUID id, @PathVariable UUID obligationId,
			@RequestBody MarkRequest request) {
		return this.agreements.markObligation(id, obligationId, request.status(), request.doneOn(), request.version(),
				Actors.current());
	}

	@DeleteMapping("/{id}/obligations/{obligationId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an obligation")
	void deleteObligation(@PathVariable UUID id, @PathVariable UUID obligationId) {
		this.agreements.deleteObligation(id, obligationId, Actors.current());
	}

	@PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a PDF (checked by its content and size) to an agreement")
	AgreementView.DocumentView upload(@PathVariable UUID id, @RequestPart(required = false) MultipartFile file,
			@RequestParam(required = false) String title) {
		this.documents.requireMayUpload(id, Actors.current());
		return this.documents.upload(id, title, AgreementController.content(file, this.documents.maxFileSize()),
				Actors.current());
	}

	@GetMapping("/{id}/documents/{documentId}")
	@Operation(summary = "A document's PDF (its keepers and the managers of its parties)")
	ResponseEntity<InputStreamResource> document(@PathVariable UUID id, @PathVariable UUID documentId) {
		return AgreementController.serve(this.documents.file(id, documentId, Actors.current()));
	}

	@DeleteMapping("/{id}/documents/{documentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a document")
	void deleteDocument(@PathVariable UUID id, @PathVariable UUID documentId) {
		this.documents.delete(id, documentId, Actors.current());
	}

}
