package org.ortak.events;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.shared.security.Actors;

/** An event's invitations through the API, for its coordinators. */
@RestController
@Tag(name = "Events")
class InvitationApiController {

	private final Invitations invitations;

	InvitationApiController(Invitations invitations) {
		this.invitations = invitations;
	}

	/** Whom to invite through the API. */
	record InvitationRequest(List<UUID> people, List<UUID> organizations, String language) {
	}

	@GetMapping("/api/v1/events/{id}/invitations")
	@Operation(summary = "The event's invitations, with how many registered through each (its coordinators)")
	List<InvitationView> apiList(@PathVariable UUID id) {
		return this.invitations.list(id, Actors.current());
	}

	@PostMapping("/api/v1/events/{id}/invitations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Invite people of the register and organizations by mail (those not invited yet); "
			+ "internal events take registrations only this way")
	List<InvitationView> apiInvite(@PathVariable UUID id, @RequestBody InvitationRequest request) {
		return this.invitations.invite(id, request.people(), request.organizations(), request.language(),
				Actors.current());
	}

	@PostMapping("/api/v1/events/{id}/invitations/{invitationId}/resend")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send an invitation's mail again")
	void resend(@PathVariable UUID id, @PathVariable UUID invitationId) {
		this.invitations.resend(id, invitationId, Actors.current());
	}

	@DeleteMapping("/api/v1/events/{id}/invitations/{invitationId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Withdraw an invitation: its link leads nowhere; who registered through it stays")
	void withdraw(@PathVariable UUID id, @PathVariable UUID invitationId) {
		this.invitations.withdraw(id, invitationId, Actors.current());
	}

}
