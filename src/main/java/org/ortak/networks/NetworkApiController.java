package org.ortak.networks;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * Networks and their members through the API: read by anyone, kept by their coordinators.
 */
@RestController
@RequestMapping("/api/v1/networks")
@Tag(name = "Networks")
class NetworkApiController {

	private final Networks networks;

	NetworkApiController(Networks networks) {
		this.networks = networks;
	}

	/** A network as a client writes it; {@code version} on update. */
	record NetworkRequest(NetworkKind kind, java.util.Map<String, String> names, java.util.Map<String, String> purposes,
			UUID regionId, UUID coordinatorOrganizationId, UUID organizationId, List<Milestone> milestones,
			List<UUID> events, List<UUID> series, List<String> coordinators, Long version) {

		NetworkDraft draft() {
			return new NetworkDraft(this.kind, this.names, this.purposes, this.regionId, this.coordinatorOrganizationId,
					this.organizationId, this.milestones, this.events, this.series, this.coordinators);
		}

	}

	/** A member's role and days; {@code version} on update. */
	record MemberRequest(UUID organizationId, UUID personId, MemberRole role, LocalDate joinedOn, LocalDate leftOn,
			Long version) {

		MemberDraft draft() {
			return new MemberDraft(this.organizationId, this.personId, this.role, this.joinedOn, this.leftOn);
		}

	}

	/** A network's members: direct, inherited through member networks, and persons. */
	record Members(List<NetworkView.MemberView> members, List<NetworkView.Inherited> inherited,
			List<NetworkView.MemberView> persons) {
	}

	@GetMapping
	@Operation(summary = "Search networks by name (`q`), `kind` and `region`")
	ResultPage<NetworkSummary> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) NetworkKind kind, @RequestParam(required = false) UUID region,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.networks.search(q, kind, region, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A network: purpose, road map, meetings, members (persons for its keepers)")
	NetworkView get(@PathVariable UUID id) {
		return this.networks.get(id, Actors.current());
	}

	@PostMapping
	@Operation(summary = "Found a network (admins and coordinators)")
	ResponseEntity<NetworkView> create(@RequestBody NetworkRequest request) {
		NetworkView created = this.networks.create(request.draft(), Actors.current());
		return ResponseEntity.created(URI.create("/api/v1/networks/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a network (admins and its coordinators)")
	NetworkView update(@PathVariable UUID id, @RequestBody NetworkRequest request) {
		return this.networks.update(id, request.draft(), request.version(), Actors.current());
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "A network's members: organizations direct and inherited, persons for its keepers")
	Members members(@PathVariable UUID id) {
		NetworkView network = this.networks.get(id, Actors.current());
		return new Members(network.members(), network.inherited(), network.persons());
	}

	@PostMapping("/{id}/members")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a member: an organization or a person, with a role and dates")
	NetworkView.MemberView addMember(@PathVariable UUID id, @RequestBody MemberRequest request) {
		return this.networks.addMember(id, request.draft(), Actors.current());
	}

	@PutMapping("/{id}/members/{memberId}")
	@Operation(summary = "Change a member's role or dates")
	NetworkView.MemberView changeMember(@PathVariable UUID id, @PathVariable UUID memberId,
			@RequestBody MemberRequest request) {
		return this.networks.changeMember(id, memberId, request.draft(), request.version(), Actors.current());
	}

	@DeleteMapping("/{id}/members/{memberId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a member (one who left keeps a row with its leaving day instead)")
	void removeMember(@PathVariable UUID id, @PathVariable UUID memberId) {
		this.networks.removeMember(id, memberId, Actors.current());
	}

	@GetMapping("/of/{organizationId}")
	@Operation(summary = "The networks an organization belongs to, directly and through others")
	Memberships ofOrganization(@PathVariable UUID organizationId) {
		return this.networks.ofOrganization(organizationId);
	}

}
