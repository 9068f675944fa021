package org.ortak.organizations;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.ortak.shared.NotFound;

/**
 * The public register as open data: CSV, JSON and GeoJSON with the directory's filters,
 * streamed a chunk at a time (a million rows in constant memory), under the licence the
 * deployment sets. Identifiers and numbers in ASCII digits; places as precisely as each
 * organization chose.
 */
@RestController
@Tag(name = "Open data", description = "The public directory as files; no sign-in")
class OpenDataController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PublicDirectory directory;

	private final String licence;

	private final String licenceUrl;

	OpenDataController(PublicDirectory directory, @Value("${ortak.open-data.licence}") String licence,
			@Value("${ortak.open-data.licence-url}") String licenceUrl) {
		this.directory = directory;
		this.licence = licence;
		this.licenceUrl = licenceUrl;
	}

	@GetMapping("/open-data/organizations.{format}")
	@Operation(summary = "The public directory as a file, with the directory's filters",
			description = "format: csv (UTF-8), json, geojson (the organizations that show a point) or xlsx. "
					+ "Streamed; places as precisely as each organization chose; the licence in the Link header.")
	ResponseEntity<StreamingResponseBody> download(@PathVariable String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) OrganizationStatus status, @RequestParam(required = false) UUID region,
			@RequestParam(required = false) Sector sector, @RequestParam(required = false) String sort, Locale locale) {
		OrganizationQuery query = query(q, kind, status, region, sector, sort);
		return switch (format) {
			case "csv" -> csv(query, locale);
			case "json" -> json(query, locale);
			case "geojson" -> geojson(query, locale);
			case "xlsx" -> xlsx(query, locale);
			default -> throw new NotFound();
		};
	}

	private ResponseEntity<StreamingResponseBody> csv(OrganizationQuery query, Locale locale) {
		return file("organizations.csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
				TableFile.csv(OpenDataCsv.COLUMNS, rows(query, locale)));
	}

	/** The listed organizations as rows of {@link OpenDataCsv#COLUMNS}. */
	private TableFile.Rows rows(OrganizationQuery query, Locale locale) {
		return (row) -> this.directory.each(query, locale,
				(organization) -> row.accept(OpenDataCsv.cells(organization)));
	}

	private ResponseEntity<StreamingResponseBody> json(OrganizationQuery query, Locale locale) {
		return file("organizations.json", MediaType.APPLICATION_JSON, (out) -> {
			try (JsonGenerator json = JSON.createGenerator(out)) {
				json.writeStartObject();
				json.writeStringProperty("licence", this.licence);
				json.writeStringProperty("licenceUrl", this.licenceUrl);
				json.writeArrayPropertyStart("organizations");
				this.directory.each(query, locale, json::writePOJO);
				json.writeEndArray();
				json.writeEndObject();
			}
		});
	}

	private ResponseEntity<StreamingResponseBody> geojson(OrganizationQuery query, Locale locale) {
		return file("organizations.geojson", new MediaType("application", "geo+json"), (out) -> {
			try (JsonGenerator json = JSON.createGenerator(out)) {
				json.writeStartObject();
				json.writeStringProperty("type", "FeatureCollection");
				json.writeStringProperty("licence", this.licence);
				json.writeArrayPropertyStart("features");
				this.directory.each(query, locale, (organization) -> {
					if (organization.latitude() == null) {
						return;
					}
					json.writeStartObject();
					json.writeStringProperty("type", "Feature");
					json.writeStringProperty("id", organization.id().toString());
					json.writeObjectPropertyStart("geometry");
					json.writeStringProperty("type", "Point");
					json.writeArrayPropertyStart("coordinates");
					json.writeNumber(organization.longitude());
					json.writeNumber(organization.latitude());
					json.writeEndArray();
					json.writeEndObject();
					json.writeObjectPropertyStart("properties");
					json.writeStringProperty("name", organization.name());
					json.writeStringProperty("kind", organization.kind().name());
					json.writeStringProperty("status", organization.status().name());
					json.writeStringProperty("region", organization.regionName());
					json.writeStringProperty("essglobalOrganisationalStructure",
							organization.essglobalOrganisationalStructure());
					json.writeEndObject();
					json.writeEndObject();
				});
				json.writeEndArray();
				json.writeEndObject();
			}
		});
	}

	private ResponseEntity<StreamingResponseBody> xlsx(OrganizationQuery query, Locale locale) {
		return file("organizations.xlsx", TableFile.XLSX, TableFile.xlsx("organizations", OpenDataCsv.COLUMNS,
				rows(query, locale), List.of(this.licence, this.licenceUrl)));
	}

	private static OrganizationQuery query(String q, OrganizationKind kind, OrganizationStatus status, UUID region,
			Sector sector, String sort) {
		OrganizationQuery query = new OrganizationQuery(q, kind, status, region, sector, false, 0,
				OrganizationQuery.MAX_SIZE, sort);
		// refused before the first byte is sent, so a bad filter is a problem, not a
		// broken
		// file
		Organizations.checkQuery(query);
		return query;
	}

	private ResponseEntity<StreamingResponseBody> file(String name, MediaType type, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.header(HttpHeaders.LINK, "<" + this.licenceUrl + ">; rel=\"license\"")
			.body(body);
	}

}
