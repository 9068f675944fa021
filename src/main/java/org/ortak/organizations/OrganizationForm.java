package org.ortak.organizations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ortak.shared.InvalidInput;
import org.ortak.shared.Violation;

/**
 * What the organization form binds to, through its constructor; it keeps what was typed
 * when the register refuses it. Empty certification rows are offered for adding and
 * ignored when left empty.
 */
record OrganizationForm(String name, String shortName, OrganizationKind kind, String subKind, String legalForm,
		String registryNumber, Map<String, String> identifiers, LocalDate foundedOn, UUID regionId, String address,
		Double latitude, Double longitude, Set<Sector> sectors, Integer membersTotal, Integer membersWomen,
		Integer employeesTotal, Integer employeesWomen, Boolean incomeGenerating,
		List<CertificationForm> certifications, String website, String phone, String email, String description,
		OrganizationStatus status, Long version) {

	static final int EMPTY_CERTIFICATION_ROWS = 2;

	/**
	 * The most certification rows a form can send: the register's limit and the empty
	 * rows.
	 */
	static final int MAX_CERTIFICATION_ROWS = OrganizationRules.CERTIFICATIONS_MAX + EMPTY_CERTIFICATION_ROWS;

	private static final Pattern IDENTIFIER_FIELD = Pattern.compile("^identifiers\\[([A-Z_]{1,20})\\]$");

	private static final Pattern CERTIFICATION_FIELD = Pattern.compile("^certifications\\[(\\d+)\\](.*)$");

	/**
	 * Rows keep the place they were typed in, so that an error names the row the form
	 * shows; empty rows are added at the end for adding more.
	 */
	OrganizationForm {
		sectors = (sectors != null) ? Set.copyOf(sectors) : Set.of();
		identifiers = (identifiers != null) ? new TreeMap<>(identifiers) : new TreeMap<>();
		List<CertificationForm> rows = new ArrayList<>();
		if (certifications != null) {
			certifications.forEach((row) -> rows.add((row != null) ? row : CertificationForm.EMPTY));
		}
		long empty = rows.stream().filter(CertificationForm::isEmpty).count();
		for (long i = empty; i < EMPTY_CERTIFICATION_ROWS; i++) {
			rows.add(CertificationForm.EMPTY);
		}
		certifications = List.copyOf(rows);
	}

	static OrganizationForm empty() {
		return new OrganizationForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, OrganizationStatus.ACTIVE, null);
	}

	/**
	 * A form of which only the choices are known, read leniently from what the browser
	 * sent: an unknown kind or region is no choice, identifiers are the
	 * {@code identifiers[SCHEME]} fields.
	 */
	static OrganizationForm choosing(String kind, String subKind, String regionId, Map<String, String> fields) {
		Map<String, String> identifiers = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			Matcher matcher = IDENTIFIER_FIELD.matcher(name);
			if (matcher.matches() && IdentifierScheme.named(matcher.group(1)).isPresent()) {
				identifiers.put(matcher.group(1), value);
			}
		});
		return new OrganizationForm(null, null, enumOrNull(OrganizationKind.class, kind), subKind, null, null,
				identifiers, null, uuidOrNull(regionId), null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, OrganizationStatus.ACTIVE, null);
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		try {
			return (name != null) ? Enum.valueOf(type, name) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static UUID uuidOrNull(String id) {
		try {
			return (id != null && !id.isBlank()) ? UUID.fromString(id.strip()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static OrganizationForm of(OrganizationDetails organization) {
		return new OrganizationForm(organization.name(), organization.shortName(), organization.kind(),
				organization.subKind(), organization.legalForm(), organization.registryNumber(),
				organization.identifiers(), organization.foundedOn(), organization.regionId(), organization.address(),
				organization.latitude(), organization.longitude(), organization.sectors(), organization.membersTotal(),
				organization.membersWomen(), organization.employeesTotal(), organization.employeesWomen(),
				organization.incomeGenerating(),
				organization.certifications()
					.stream()
					.map((certification) -> new CertificationForm(certification.name(), certification.issuedOn()))
					.toList(),
				organization.website(), organization.phone(), organization.email(), organization.description(),
				organization.status(), organization.version());
	}

	/**
	 * The same form for another region's country, keeping only the identifiers it keeps.
	 */
	OrganizationForm forCountry(List<IdentifierScheme> schemes) {
		Map<String, String> kept = new TreeMap<>(this.identifiers);
		kept.keySet().retainAll(schemes.stream().map(Enum::name).toList());
		return new OrganizationForm(this.name, this.shortName, this.kind, this.subKind, this.legalForm,
				this.registryNumber, kept, this.foundedOn, this.regionId, this.address, this.latitude, this.longitude,
				this.sectors, this.membersTotal, this.membersWomen, this.employeesTotal, this.employeesWomen,
				this.incomeGenerating, this.certifications, this.website, this.phone, this.email, this.description,
				this.status, this.version);
	}

	/** The draft, without the rows left empty. */
	OrganizationDraft draft() {
		List<Certification> filled = filledRows().stream()
			.map((index) -> this.certifications.get(index))
			.map((row) -> new Certification(row.name(), row.issuedOn()))
			.toList();
		return new OrganizationDraft(this.name, this.shortName, this.kind, this.subKind, this.legalForm,
				this.registryNumber, this.identifiers, this.foundedOn, this.regionId, this.address, this.latitude,
				this.longitude, this.sectors, this.membersTotal, this.membersWomen, this.employeesTotal,
				this.employeesWomen, this.incomeGenerating, filled, this.website, this.phone, this.email,
				this.description);
	}

	/**
	 * Runs what the register does with the draft; a refusal naming a certification of the
	 * draft ({@code certifications[0].name}) names the row of the form it came from.
	 */
	void withFormFields(Runnable action) {
		try {
			action.run();
		}
		catch (InvalidInput ex) {
			throw new InvalidInput(ex.violations()
				.stream()
				.map((violation) -> new Violation(formField(violation.field()), violation.messageKey(),
						violation.arguments()))
				.toList());
		}
	}

	private String formField(String draftField) {
		Matcher matcher = CERTIFICATION_FIELD.matcher(draftField);
		List<Integer> filled = filledRows();
		if (matcher.matches() && Integer.parseInt(matcher.group(1)) < filled.size()) {
			return "certifications[" + filled.get(Integer.parseInt(matcher.group(1))) + "]" + matcher.group(2);
		}
		return draftField;
	}

	private List<Integer> filledRows() {
		List<Integer> filled = new ArrayList<>();
		for (int i = 0; i < this.certifications.size(); i++) {
			if (!this.certifications.get(i).isEmpty()) {
				filled.add(i);
			}
		}
		return filled;
	}

	/** One certification row of the form. */
	record CertificationForm(String name, LocalDate issuedOn) {

		static final CertificationForm EMPTY = new CertificationForm(null, null);

		boolean isEmpty() {
			return (this.name == null || this.name.isBlank()) && this.issuedOn == null;
		}

	}

}
