package org.ortak.organizations;

/**
 * The register's kinds in ESSGLOBAL, the RIPESS vocabulary that solidarity-economy maps
 * share: each kind, and a sub-kind where a narrower term fits, has its term of the
 * "organisational-structure" scheme, version 2.1. The legal form is free text, so the
 * kind and sub-kind carry the term; a sub-kind's term wins over its kind's, and a kind
 * with no fitting term has none. The scheme was read in DigitalCommons/map-sse,
 * vocabs/standard/organisational-structure.ttl; all its terms, and why each kind has its
 * own, are in docs/glossary.md.
 */
final class Essglobal {

	/**
	 * Where version 2.1 of the scheme is published; a term's URI is this and its code.
	 */
	static final String ORGANISATIONAL_STRUCTURE = "https://dev.lod.coop/essglobal/2.1/standard/organisational-structure/";

	/** The terms the register uses, with their English labels in the vocabulary. */
	enum Structure {

		OS20("Not-for-profit organisation"), OS50("Company (Other)"), OS70("Housing cooperative"),
		OS80("Consumer/User coop"), OS90("Producer cooperative"), OS110("Secondary cooperative"), OS115("Cooperative"),
		OS220("Government agency/body");

		private final String label;

		Structure(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

		String uri() {
			return ORGANISATIONAL_STRUCTURE + name();
		}

	}

	private Essglobal() {
	}

	/** The term of a kind and sub-kind (a code, or null), or null when none fits. */
	static Structure organisationalStructure(OrganizationKind kind, String subKind) {
		Structure narrower = SubKind.of(subKind)
			.filter((known) -> known.kind() == kind)
			.map(Essglobal::narrower)
			.orElse(null);
		return (narrower != null || kind == null) ? narrower : of(kind);
	}

	// every kind is decided here: a new one does not compile until it is
	private static Structure of(OrganizationKind kind) {
		return switch (kind) {
			case COOPERATIVE -> Structure.OS115;
			case COOPERATIVE_UNION -> Structure.OS110;
			case ASSOCIATION, FOUNDATION, PUBLIC_UNION -> Structure.OS20;
			case COMPANY -> Structure.OS50;
			case PUBLIC_AUTHORITY -> Structure.OS220;
			// a university may be public or private; reintegration entities and support
			// centres are run by bodies of any kind
			case UNIVERSITY, REINTEGRATION_ENTITY, SUPPORT_CENTRE, OTHER -> null;
		};
	}

	private static Structure narrower(SubKind subKind) {
		return switch (subKind) {
			// the farmers' cooperatives of Iran and Turkey
			case PRODUCER, RURAL_PRODUCTION, AGRICULTURAL_DEVELOPMENT -> Structure.OS90;
			case CONSUMER -> Structure.OS80;
			case HOUSING -> Structure.OS70;
			// cooperatives with no narrower term, and the Polish reintegration entities
			case WOMEN, WOMEN_ENTERPRISE, SCHOOL_STUDENT, UNIVERSITY_STUDENT, SOCIAL, KNOWLEDGE_BASED, OTHER, CIS, KIS,
					ZAZ, WTZ ->
				null;
		};
	}

	/** The term's URI, or null when none fits. */
	static String organisationalStructureUri(OrganizationKind kind, String subKind) {
		Structure structure = organisationalStructure(kind, subKind);
		return (structure != null) ? structure.uri() : null;
	}

}
