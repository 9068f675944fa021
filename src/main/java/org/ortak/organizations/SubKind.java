package org.ortak.organizations;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What kind of cooperative, reintegration entity… an organization is, as the law of its
 * country names it. One code means one thing in every language; a sub-kind with no
 * countries is known everywhere, the others only in the countries (ISO codes) listed.
 */
public enum SubKind {

	WOMEN(OrganizationKind.COOPERATIVE),
	/** Kadın Girişimi Üretim ve İşletme Kooperatifi, the Turkish women's cooperative. */
	WOMEN_ENTERPRISE(OrganizationKind.COOPERATIVE, "TR"),
	/**
	 * School pupils' cooperatives (دانش‌آموزی, spółdzielnia uczniowska, okul
	 * kooperatifi).
	 */
	SCHOOL_STUDENT(OrganizationKind.COOPERATIVE),
	/** University students' cooperatives (دانشجویی). */
	UNIVERSITY_STUDENT(OrganizationKind.COOPERATIVE),
	/** Spółdzielnia socjalna in Poland; social cooperatives elsewhere. */
	SOCIAL(OrganizationKind.COOPERATIVE),
	/** تعاونی دانش‌بنیان: the knowledge-based cooperatives of Iran's universities. */
	KNOWLEDGE_BASED(OrganizationKind.COOPERATIVE, "IR"),
	/** تعاونی تولید روستایی: Iran's rural production cooperatives. */
	RURAL_PRODUCTION(OrganizationKind.COOPERATIVE, "IR"),
	/**
	 * Tarımsal Kalkınma Kooperatifi: Turkey's village agricultural development
	 * cooperatives.
	 */
	AGRICULTURAL_DEVELOPMENT(OrganizationKind.COOPERATIVE, "TR"), PRODUCER(OrganizationKind.COOPERATIVE),
	CONSUMER(OrganizationKind.COOPERATIVE), HOUSING(OrganizationKind.COOPERATIVE), OTHER(OrganizationKind.COOPERATIVE),
	/** Poland's reintegration entities by their statutes. */
	CIS(OrganizationKind.REINTEGRATION_ENTITY, "PL"), KIS(OrganizationKind.REINTEGRATION_ENTITY, "PL"),
	ZAZ(OrganizationKind.REINTEGRATION_ENTITY, "PL"), WTZ(OrganizationKind.REINTEGRATION_ENTITY, "PL");

	private final OrganizationKind kind;

	private final Set<String> countries;

	SubKind(OrganizationKind kind, String... countries) {
		this.kind = kind;
		this.countries = Set.of(countries);
	}

	public OrganizationKind kind() {
		return this.kind;
	}

	/** The countries (ISO codes) whose law knows it; empty when known everywhere. */
	public Set<String> countries() {
		return this.countries;
	}

	/**
	 * Whether it is used in the country of this ISO code; a country without one only has
	 * the general ones.
	 */
	boolean usedIn(String countryCode) {
		return this.countries.isEmpty()
				|| (countryCode != null && this.countries.contains(countryCode.toUpperCase(Locale.ROOT)));
	}

	/** The sub-kind of this exact code, if there is one. */
	public static Optional<SubKind> of(String code) {
		return Arrays.stream(values()).filter((subKind) -> subKind.name().equals(code)).findFirst();
	}

	/**
	 * The sub-kinds offered for a kind (every kind when null) in a country (every country
	 * when {@code anyCountry}).
	 */
	static List<SubKind> offered(OrganizationKind kind, String countryCode, boolean anyCountry) {
		return Arrays.stream(values())
			.filter((subKind) -> kind == null || subKind.kind == kind)
			.filter((subKind) -> anyCountry || subKind.usedIn(countryCode))
			.toList();
	}

}
