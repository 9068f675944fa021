package org.ortak.volunteering;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.shared.ResultPage;
import org.ortak.shared.security.Actors;

/**
 * Volunteering through the API: opportunities read by anyone and kept by their
 * publishers, sign-ups by anyone (the link goes to the address), hours logged by the
 * keepers and confirmed by the receiving organization, and the confirmed totals.
 */
@RestController
@RequestMapping("/api/v1/volunteering")
@Tag(name = "Volunteering")
class VolunteeringApiController {

	private final Volunteering volunteering;

	private final Volunteers volunteers;

	VolunteeringApiController(Volunteering volunteering, Volunteers volunteers) {
		this.volunteering = volunteering;
		this.volunteers = volunteers;
	}

	/** An opportunity as a client writes it; {@code version} on update. */
	record OpportunityRequest(UUID organizationId, UUID networkId, String language, String title, String description,
			String place, UUID regionId, LocalDate startsOn, LocalDate endsOn, String skills, Integer wanted,
			Boolean open, Long version) {

		OpportunityDraft draft() {
			return new OpportunityDraft(this.organizationId, this.networkId, this.language, this.title,
					this.description, this.place, this.regionId, this.startsOn, this.endsOn, this.skills, this.wanted,
					!Boolean.FALSE.equals(this.open));
		}

	}

	/** A sign-up as a client sends it for the volunteer. */
	record SignupRequest(String name, String email, String phone, UUID companyId, Boolean consent) {
	}

	/** Hours given on a day. */
	record HoursRequest(LocalDate workedOn, BigDecimal hours, String note) {
	}

	/** The receiving organization's decision; {@code version} of the hours. */
	record DecisionRequest(Boolean confirmed, Long version) {
	}

	/** The confirmed totals, per company and receiving organization. */
	record Totals(List<VolunteerTotal> totals) {
	}

	@GetMapping
	@Operation(
			summary = "Search opportunities by title (`q`), `network` and receiving `organization`; `open` ones alone")
	ResultPage<OpportunitySummary> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) UUID network, @RequestParam(required = false) UUID organization,
			@RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.volunteering.search(q, network, organization, open, page, size);
	}

	@GetMapping("/totals")
	@Operation(
			summary = "Confirmed volunteers and hours per company and receiving organization, of a `network`, in a `year`")
	Totals totals(@RequestParam(required = false) UUID network, @RequestParam(required = false) Integer year) {
		return new Totals(this.volunteering.totals(network, year));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An opportunity; its volunteers and their hours for its keepers")
	OpportunityView get(@PathVariable UUID id) {
		return this.volunteering.get(id, Actors.current());
	}

	@PostMapping
	@Operation(summary = "Publish an opportunity (admins, coordinators, the receiving organization's managers)")
	ResponseEntity<OpportunityView> create(@RequestBody OpportunityRequest request) {
		OpportunityView created = this.volunteering.create(request.draft(), Actors.current());
		return ResponseEntity.created(URI.create("/api/v1/volunteering/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an opportunity (its keepers)")
	OpportunityView update(@PathVariable UUID id, @RequestBody OpportunityRequest request) {
		return this.volunteering.update(id, request.draft(), request.version(), Actors.current());
	}

	@PostMapping("/{id}/signups")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Sign a person up; their private link is mailed to them")
	void signUp(@PathVariable UUID id, @RequestBody SignupRequest request) {
		this.volunteers.signUp(id, new SignupDraft(request.name(), request.email(), request.phone(),
				request.companyId(), Boolean.TRUE.equals(request.consent())));
	}

	@PostMapping("/signups/{signupId}/hours")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Log hours a volunteer gave (the opportunity's keepers)")
	HoursView logHours(@PathVariable UUID signupId, @RequestBody HoursRequest request) {
		return this.volunteering.logHours(signupId, new HoursDraft(request.workedOn(), request.hours(), request.note()),
				Actors.current());
	}

	@PostMapping("/hours/{hoursId}/decision")
	@Operation(summary = "Confirm or reject logged hours (the receiving organization's managers alone)")
	HoursView decide(@PathVariable UUID hoursId, @RequestBody DecisionRequest request) {
		if (request.confirmed() == null) {
			throw org.ortak.shared.InvalidInput.of("confirmed", "validation.required");
		}
		return this.volunteering.decide(hoursId, request.confirmed(), request.version(), Actors.current());
	}

}
