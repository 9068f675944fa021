package org.ortak.organizations;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.shared.InvalidInput;
import org.ortak.shared.ResultPage;
import org.ortak.shared.security.Actors;

/**
 * The register for programs. Same rules as the pages: a client acts as the user whose API
 * token it sends.
 */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "The register of organizations")
class OrganizationApiController {

	private final Organizations organizations;

	private final MessageSource messages;

	private final int staleAfterMonths;

	OrganizationApiController(Organizations organizations, MessageSource messages,
			@Value("${ortak.register.stale-after-months:12}") int staleAfterMonths) {
		this.organizations = organizations;
		this.messages = messages;
		this.staleAfterMonths = staleAfterMonths;
	}

	/** A sub-kind a client may send, with its name in the client's language. */
	record SubKindView(String code, OrganizationKind kind, @Schema(
			description = "ISO codes of the countries whose law knows it; empty: every country") List<String> countries,
			String label) {
	}

	/**
	 * A national identifier a client may send, with its name in the client's language.
	 */
	record IdentifierSchemeView(String code, @Schema(description = "ISO code of its country") String country,
			@Schema(description = "how many digits it has") List<Integer> lengths, String label) {
	}

	@GetMapping("/sub-kinds")
	@Operation(summary = "The sub-kinds the register knows",
			description = "kind: only those of this kind; country: only those its law knows (ISO 3166-1 code: "
					+ "TR, PL, IR, AZ), the general ones included. Labels in the client's Accept-Language.")
	List<SubKindView> subKinds(@RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) String country) {
		Locale locale = LocaleContextHolder.getLocale();
		return SubKind.offered(kind, country, country == null)
			.stream()
			.map((subKind) -> new SubKindView(subKind.name(), subKind.kind(),
					subKind.countries().stream().sorted().toList(),
					this.messages.getMessage("organizations.subKind." + subKind.name(), null, locale)))
			.toList();
	}

	@GetMapping("/identifier-schemes")
	@Operation(summary = "The national identifiers the register keeps, by country",
			description = "country: only those of this country (ISO 3166-1 code). Each is optional, "
					+ "unique in its country, typed in any digits and given back in ASCII digits.")
	List<IdentifierSchemeView> identifierSchemes(@RequestParam(required = false) String country) {
		Locale locale = LocaleContextHolder.getLocale();
		return Arrays.stream(IdentifierScheme.values())
			.filter((scheme) -> country == null || IdentifierScheme.of(country).contains(scheme))
			.map((scheme) -> new IdentifierSchemeView(scheme.name(), scheme.country(), scheme.lengths(),
					this.messages.getMessage("organizations.identifier." + scheme.name(), null, locale)))
			.toList();
	}

	/** An organization as a client writes it; {@code version} is required on update. */
	record OrganizationRequest(String name, String shortName, OrganizationKind kind, String subKind, String legalForm,
			String registryNumber,
			@Schema(description = "national identifiers by scheme, in any digits: "
					+ "KRS, NIP, REGON (PL), MERSIS, VKN (TR), VOEN (AZ), SHENASE_MELLI (IR)",
					example = "{\"MERSIS\": \"0123456789000015\"}") Map<String, String> identifiers,
			LocalDate foundedOn, UUID regionId, String address, Double latitude, Double longitude, Set<Sector> sectors,
			Integer membersTotal, Integer membersWomen, Integer employeesTotal, Integer employeesWomen,
			Boolean incomeGenerating, List<Certification> certifications, String website, String phone, String email,
			String description, OrganizationStatus status, Long version) {

		OrganizationDraft draft() {
			return new OrganizationDraft(this.name, this.shortName, this.kind, this.subKind, this.legalForm,
					this.registryNumber, this.identifiers, this.foundedOn, this.regionId, this.address, this.latitude,
					this.longitude, this.sectors, this.membersTotal, this.membersWomen, this.employeesTotal,
					this.employeesWomen, this.incomeGenerating, this.certifications, this.website, this.phone,
					this.email, this.description);
		}

	}

	/** A status change: to what, since when, and why. */
	record StatusChangeRequest(OrganizationStatus status, LocalDate effectiveOn, String reason, Long version) {
	}

	/** Whether the public directory lists it, and how precisely it shows its place. */
	record PublicationRequest(Boolean listed, LocationPrecision locationPrecision, Long version) {
	}

	/** The version a client saw, for changes that carry nothing else. */
	record VersionRequest(Long version) {
	}

	@GetMapping
	@Operation(summary = "Search the register",
			description = "Words are folded across languages (İ/ı, Polish letters, Persian variants); "
					+ "region includes its sub-regions. sort: relevance, name, founded, members, updated; "
					+ "prefix with - or suffix with ,desc for descending.")
	ResultPage<OrganizationSummary> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) OrganizationStatus status, @RequestParam(required = false) UUID region,
			@RequestParam(required = false) Sector sector,
			@Parameter(description = "include archived organizations") @RequestParam(
					defaultValue = "false") boolean archived,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + OrganizationQuery.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort) {
		return this.organizations.search(
				new OrganizationQuery(q, kind, status, region, sector, archived, page, size, sort), Actors.current());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organization with its status history")
	OrganizationDetails get(@PathVariable UUID id) {
		return this.organizations.get(id, Actors.current());
	}

	@PostMapping
	@Operation(summary = "Register an organization (admin, coordinator)")
	ResponseEntity<OrganizationDetails> create(@RequestBody OrganizationRequest request) {
		OrganizationDetails created = this.organizations.create(request.draft(), request.status(), Actors.current());
		return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update an organization; 409 when the version it was based on is stale")
	OrganizationDetails update(@PathVariable UUID id, @RequestBody OrganizationRequest request) {
		return this.organizations.update(id, request.draft(), request.version(), Actors.current());
	}

	@PostMapping("/{id}/status")
	@Operation(summary = "Change the status, keeping its history")
	OrganizationDetails changeStatus(@PathVariable UUID id, @RequestBody StatusChangeRequest request) {
		return this.organizations.changeStatus(id, request.status(), request.effectiveOn(), request.reason(),
				request.version(), Actors.current());
	}

	@PutMapping("/{id}/publication")
	@Operation(summary = "How the public directory shows an organization",
			description = "listed: whether it is in the public directory (admins and coordinators); "
					+ "locationPrecision: EXACT, STREET (no house numbers, the point to about 100 m) or DISTRICT "
					+ "(only its region), which its managers may choose too. version is checked: 409 when stale.")
	OrganizationDetails publish(@PathVariable UUID id, @RequestBody PublicationRequest request) {
		if (request.listed() == null) {
			throw InvalidInput.of("listed", "validation.required");
		}
		return this.organizations.publish(id, request.listed(), request.locationPrecision(), request.version(),
				Actors.current());
	}

	@PostMapping("/{id}/confirm")
	@Operation(summary = "Confirm that an organization's entry is right as it is (its keepers). "
			+ "An optional body {\"version\": n} is checked: 409 when stale")
	OrganizationDetails confirm(@PathVariable UUID id, @RequestBody(required = false) VersionRequest request) {
		return this.organizations.confirm(id, (request != null) ? request.version() : null, Actors.current());
	}

	@GetMapping("/stale")
	@Operation(summary = "Entries not confirmed for longer than ortak.register.stale-after-months",
			description = "Admins and coordinators; the longest unconfirmed first, not archived.")
	ResultPage<OrganizationSummary> stale(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + OrganizationQuery.DEFAULT_SIZE) int size) {
		return this.organizations.unconfirmed(this.staleAfterMonths, page, size, Actors.current());
	}

	@PostMapping("/{id}/archive")
	@Operation(summary = "Archive an organization (admin, coordinator); it stays for what refers to it. "
			+ "An optional body {\"version\": n} is checked: 409 when stale")
	OrganizationDetails archive(@PathVariable UUID id, @RequestBody(required = false) VersionRequest request) {
		return this.organizations.archive(id, (request != null) ? request.version() : null, Actors.current());
	}

	@PostMapping("/{id}/restore")
	@Operation(summary = "Bring an archived organization back to the register. "
			+ "An optional body {\"version\": n} is checked: 409 when stale")
	OrganizationDetails restore(@PathVariable UUID id, @RequestBody(required = false) VersionRequest request) {
		return this.organizations.restore(id, (request != null) ? request.version() : null, Actors.current());
	}

}
