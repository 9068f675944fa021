package org.ortak.organizations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A public profile as schema.org's {@code Organization} in JSON-LD, for search engines
 * and other solidarity-economy maps; its place only as precisely as the organization
 * chose.
 */
final class JsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonLd() {
	}

	/** The JSON text, safe inside a script element: no "<" can close it. */
	static String of(PublicOrganization organization) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", "Organization");
		ld.put("name", organization.name());
		// schema.org allows a term of another vocabulary here; the solidarity-economy
		// maps read ESSGLOBAL's
		put(ld, "additionalType", organization.essglobalOrganisationalStructure());
		put(ld, "alternateName", organization.shortName());
		put(ld, "description", organization.description());
		put(ld, "url", organization.website());
		put(ld, "email", organization.email());
		put(ld, "telephone", organization.phone());
		if (organization.foundedOn() != null) {
			ld.put("foundingDate", organization.foundedOn().toString());
		}
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		put(address, "streetAddress", organization.address());
		put(address, "addressRegion", organization.regionName());
		ld.put("address", address);
		if (organization.latitude() != null) {
			ld.put("geo", Map.of("@type", "GeoCoordinates", "latitude", organization.latitude(), "longitude",
					organization.longitude()));
		}
		if (organization.employeesTotal() != null) {
			ld.put("numberOfEmployees", Map.of("@type", "QuantitativeValue", "value", organization.employeesTotal()));
		}
		List<Map<String, Object>> identifiers = new ArrayList<>();
		organization.identifiers()
			.forEach((scheme, number) -> identifiers
				.add(Map.of("@type", "PropertyValue", "propertyID", scheme, "value", number)));
		if (organization.registryNumber() != null) {
			identifiers.add(Map.of("@type", "PropertyValue", "propertyID", "registryNumber", "value",
					organization.registryNumber()));
		}
		if (!identifiers.isEmpty()) {
			ld.put("identifier", identifiers);
		}
		return JSON.writeValueAsString(ld).replace("<", "\\u003c");
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
