package org.ortak.organizations;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.shared.InvalidInput;
import org.ortak.shared.ResultPage;
import org.ortak.shared.Violations;
import org.ortak.shared.security.Actors;

/**
 * Duplicates for programs: the pairs that look like one organization, their merge and
 * their dismissal. Admins and coordinators.
 */
@RestController
@RequestMapping("/api/v1/duplicates")
@Tag(name = "Duplicates", description = "Keeping the register free of duplicates")
class DuplicateApiController {

	private final Duplicates duplicates;

	DuplicateApiController(Duplicates duplicates) {
		this.duplicates = duplicates;
	}

	/** Which to keep and which to fold into it, with the versions the caller saw. */
	record MergeRequest(UUID survivor, UUID duplicate, Long survivorVersion, Long duplicateVersion) {
	}

	/** Two organizations that are different ones. */
	record DismissRequest(UUID first, UUID second) {
	}

	@GetMapping
	@Operation(summary = "Pairs of organizations that look like duplicates",
			description = "The same folded name in the same region or within about 500 m, neither archived, not "
					+ "dismissed; the older record first.")
	ResultPage<DuplicatePair> candidates(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.duplicates.candidates(page, size, Actors.current());
	}

	@PostMapping("/merge")
	@Operation(summary = "Merge a duplicate into the organization that stays",
			description = "The survivor takes what it lacks of the duplicate's facts; the duplicate stays as a "
					+ "tombstone (archived, mergedInto the survivor; the public directory answers 301 for it). "
					+ "Both keep their history. Versions, when given, must be current (409 otherwise).")
	OrganizationDetails merge(@RequestBody MergeRequest request) {
		new Violations().required("survivor", request.survivor())
			.required("duplicate", request.duplicate())
			.throwIfAny();
		return this.duplicates.merge(request.survivor(), request.duplicate(), request.survivorVersion(),
				request.duplicateVersion(), Actors.current());
	}

	@PostMapping("/dismiss")
	@Operation(summary = "Two organizations that look alike are different ones",
			description = "The pair is not offered again.")
	void dismiss(@RequestBody DismissRequest request) {
		new Violations().required("first", request.first()).required("second", request.second()).throwIfAny();
		if (request.first().equals(request.second())) {
			throw InvalidInput.of("second", "organizations.error.mergeSelf");
		}
		this.duplicates.dismiss(request.first(), request.second(), Actors.current());
	}

}
