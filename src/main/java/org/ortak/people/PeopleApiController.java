package org.ortak.people;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.shared.ResultPage;
import org.ortak.shared.security.Actors;

/**
 * People for programs (admins and coordinators). Contact data and consents only for
 * admins and the coordinators of the events the person took part in.
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Participants, speakers and contacts, with consent, export and erasure")
class PeopleApiController {

	private final People people;

	PeopleApiController(People people) {
		this.people = people;
	}

	/** A person as a client writes them; {@code version} is required on update. */
	record PersonRequest(String name, Gender gender, String email, String phone, List<String> languages,
			List<AffiliationDraft> affiliations, Long version) {

		PersonDraft draft() {
			return new PersonDraft(this.name, this.gender, this.email, this.phone, this.languages, this.affiliations);
		}

	}

	/** A consent to record: for what, and what it concerns. */
	record ConsentRequest(ConsentPurpose purpose, String detail) {
	}

	@GetMapping
	@Operation(summary = "Find people by name or e-mail (folded: case, marks, scripts' variants)")
	ResultPage<PersonView> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.people.search(q, page, size, Actors.current());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One person; contact and consents only for who may see them")
	PersonView get(@PathVariable UUID id) {
		return this.people.get(id, Actors.current());
	}

	@PostMapping
	@Operation(summary = "Add a person; the same name with the same e-mail is refused as a duplicate")
	ResponseEntity<PersonView> create(@RequestBody PersonRequest request) {
		PersonView created = this.people.create(request.draft(), Actors.current());
		return ResponseEntity.created(URI.create("/api/v1/people/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a person; 409 when the version is stale. Contact data is kept as it was "
			+ "when the caller may not see it")
	PersonView update(@PathVariable UUID id, @RequestBody PersonRequest request) {
		return this.people.update(id, request.draft(), request.version(), Actors.current());
	}

	@PostMapping("/{id}/consents")
	@Operation(summary = "Record that the person consented (EVENT_REGISTRATION, CONTACT, PHOTOS, SPEAKER)")
	PersonView consent(@PathVariable UUID id, @RequestBody ConsentRequest request) {
		return this.people.recordConsent(id, request.purpose(), request.detail(), Actors.current());
	}

	@DeleteMapping("/{id}/consents/{purpose}")
	@Operation(summary = "Record that the person withdrew a consent")
	PersonView withdraw(@PathVariable UUID id, @PathVariable ConsentPurpose purpose) {
		return this.people.withdrawConsent(id, purpose, Actors.current());
	}

	@GetMapping("/{id}/export")
	@Operation(summary = "Everything Ortak holds of the person, as JSON (their right of access)")
	Map<String, Object> export(@PathVariable UUID id) {
		return this.people.export(id, Actors.current());
	}

	@PostMapping("/{id}/erase")
	@Operation(summary = "Erase the person on request: an anonymous record stays so every count stays right")
	PersonView erase(@PathVariable UUID id) {
		return this.people.erase(id, Actors.current());
	}

}
