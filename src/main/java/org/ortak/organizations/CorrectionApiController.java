package org.ortak.organizations;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.organizations.Corrections.PrivateLink;
import org.ortak.shared.ResultPage;
import org.ortak.shared.security.Actors;

/**
 * Keeping the register true, for programs: private links for organizations' contacts and
 * the corrections waiting for review. Admins and coordinators.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Corrections", description = "Corrections proposed by organizations and the public, and their review")
class CorrectionApiController {

	private final Corrections corrections;

	CorrectionApiController(Corrections corrections) {
		this.corrections = corrections;
	}

	@PostMapping("/organizations/{id}/private-link")
	@Operation(summary = "A private link for an organization's own contact",
			description = "No account needed: through it the contact confirms the entry as it is or proposes "
					+ "corrections, which wait for review. Signed, expiring (ortak.private-link-days), used once.")
	PrivateLink privateLink(@PathVariable UUID id) {
		return this.corrections.issueLink(id, Actors.current());
	}

	@GetMapping("/corrections")
	@Operation(summary = "Corrections waiting for review, the oldest first")
	ResultPage<CorrectionView> pending(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.corrections.pending(page, size, Actors.current());
	}

	@PostMapping("/corrections/{id}/approve")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Apply a proposed correction to the entry as it is now (or close a suggestion)")
	void approve(@PathVariable UUID id) {
		this.corrections.approve(id, Actors.current());
	}

	@PostMapping("/corrections/{id}/reject")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Reject a correction")
	void reject(@PathVariable UUID id) {
		this.corrections.reject(id, Actors.current());
	}

}
