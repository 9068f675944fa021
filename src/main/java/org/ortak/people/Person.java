package org.ortak.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ortak.shared.Text;

/**
 * A person: a participant, speaker or contact. Their data is kept under recorded
 * consents; erased, the record stays as an anonymous one, so that every count that
 * included them stays right.
 */
@Entity
@Table(name = "person")
class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	private String name;

	@Column(name = "name_key")
	private String nameKey;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private String email;

	@Column(name = "email_key")
	private String emailKey;

	private String phone;

	private String languages;

	@ElementCollection
	@CollectionTable(name = "affiliation", joinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "position")
	private List<Affiliation> affiliations = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "consent", joinColumns = @JoinColumn(name = "person_id"))
	private List<Consent> consents = new ArrayList<>();

	@Column(name = "erased_at")
	private Instant erasedAt;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	protected Person() {
	}

	Person(PersonDraft draft, Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.createdAt = now;
		this.createdBy = by;
		apply(draft);
	}

	void apply(PersonDraft draft) {
		this.name = draft.name();
		this.nameKey = Text.matchKey(draft.name());
		this.gender = draft.gender();
		this.email = draft.email();
		this.emailKey = emailKey(draft.email());
		this.phone = draft.phone();
		this.languages = draft.languages().isEmpty() ? null : String.join(",", draft.languages());
		this.affiliations.clear();
		draft.affiliations().forEach((affiliation) -> this.affiliations.add(new Affiliation(affiliation)));
	}

	/** An e-mail address as duplicates and registrations compare it. */
	static String emailKey(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * Adds an affiliation when it is not already the person's latest one (a registrant
	 * names their organization and function each time).
	 */
	void affiliate(AffiliationDraft affiliation) {
		boolean known = this.affiliations.stream()
			.map(Affiliation::draft)
			.anyMatch((held) -> same(held.organizationId(), affiliation.organizationId())
					&& same(held.organizationName(), affiliation.organizationName())
					&& same(held.function(), affiliation.function()));
		if (!known) {
			this.affiliations.add(new Affiliation(affiliation));
		}
	}

	private static boolean same(Object a, Object b) {
		return (a == null) ? b == null : a.equals(b);
	}

	void consent(ConsentPurpose purpose, String detail, Instant at, String by) {
		boolean given = this.consents.stream()
			.anyMatch((consent) -> consent.active() && consent.purpose() == purpose
					&& same(consent.view().detail(), detail));
		if (!given) {
			this.consents.add(new Consent(purpose, detail, at, by));
		}
	}

	void withdraw(ConsentPurpose purpose, Instant at) {
		this.consents.stream().filter((consent) -> consent.purpose() == purpose).forEach((c) -> c.withdraw(at));
	}

	boolean consents(ConsentPurpose purpose) {
		return this.consents.stream().anyMatch((consent) -> consent.active() && consent.purpose() == purpose);
	}

	/**
	 * Everything that names or reaches the person goes; what counts rest on stays: the
	 * gender and the organizations.
	 */
	void erase(Instant at) {
		this.name = null;
		this.nameKey = null;
		this.email = null;
		this.emailKey = null;
		this.phone = null;
		this.languages = null;
		this.affiliations.forEach(Affiliation::anonymize);
		this.consents.clear();
		this.erasedAt = at;
	}

	/** The affiliation held on that day, or the latest one. */
	Optional<AffiliationDraft> affiliationOn(LocalDate day) {
		List<Affiliation> held = this.affiliations.stream()
			.filter((affiliation) -> day == null || affiliation.heldOn(day))
			.toList();
		if (held.isEmpty()) {
			return this.affiliations.isEmpty() ? Optional.empty()
					: Optional.of(this.affiliations.get(this.affiliations.size() - 1).draft());
		}
		return Optional.of(held.get(held.size() - 1).draft());
	}

	Long id() {
		return this.id;
	}

	UUID publicId() {
		return this.publicId;
	}

	long version() {
		return this.version;
	}

	String name() {
		return this.name;
	}

	String nameKey() {
		return this.nameKey;
	}

	Gender gender() {
		return this.gender;
	}

	String email() {
		return this.email;
	}

	String emailKey() {
		return this.emailKey;
	}

	String phone() {
		return this.phone;
	}

	List<String> languages() {
		return (this.languages != null) ? Arrays.asList(this.languages.split(",")) : List.of();
	}

	List<AffiliationDraft> affiliations() {
		return this.affiliations.stream().map(Affiliation::draft).toList();
	}

	List<ConsentView> consents() {
		return this.consents.stream().map(Consent::view).toList();
	}

	boolean erased() {
		return this.erasedAt != null;
	}

	Instant erasedAt() {
		return this.erasedAt;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
