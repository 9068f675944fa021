package org.ortak.networks;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.organizations.TestCountries;
import org.ortak.regions.Regions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What is given at an event outside any network, and the evidence kept with a line: a PDF
 * or an image by its content, read by the keepers and the contributor alone; a line whose
 * evidence is refused is not kept either.
 */
@OrtakTest
class ContributionEvidenceTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	@Autowired
	MockMvc mvc;

	@Autowired
	Regions regions;

	@Test
	void aLineGivenAtAnEventKeepsItsEvidenceForTheKeepersAndTheContributorAlone() throws Exception {
		String company = JsonPath.read(api(post("/api/v1/organizations"),
				"""
						{"name": "Yeşim Tekstil %s", "kind": "COMPANY", "regionId": "%s"}""".formatted(
						UUID.randomUUID().toString().substring(0, 6), TestCountries.regionIn(this.regions, "TR").id()),
				201), "$.id");
		String event = JsonPath.read(api(post("/api/v1/events"), """
				{"kind": "WORKSHOP", "titles": {"tr": "Gönüllülük buluşması"}, "start": "2026-03-10T10:00",
				 "end": "2026-03-10T16:00", "timeZone": "Europe/Istanbul", "visibility": "PUBLIC"}""", 201), "$.id");
		String line = JsonPath.read(api(post("/api/v1/contributions"), """
				{"eventId": "%s", "organizationId": "%s", "kind": "IN_KIND", "description": "Öğle yemeği ikramı",
				 "contributedOn": "2026-01-15", "visibility": "PUBLIC"}""".formatted(event, company), 201), "$.id");
		this.mvc.perform(get("/api/v1/contributions").param("event", event))
			.andExpect(jsonPath("$.lines", hasSize(1)))
			.andExpect(jsonPath("$.lines[0].networkId").value(nullValue()))
			.andExpect(jsonPath("$.totals[0].kind").value("IN_KIND"));
		this.mvc.perform(get("/contributions/event/" + event).header("Accept-Language", "tr"))
			.andExpect(content().string(containsString("Öğle yemeği ikramı")));

		// a text is no evidence; a PNG is, cleaned
		this.mvc
			.perform(multipart("/api/v1/contributions/" + line + "/evidence")
				.file(new MockMultipartFile("file", "receipt.png", "image/png", "not an image".getBytes()))
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.header("Accept-Language", "tr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("evidence"));
		this.mvc
			.perform(multipart("/api/v1/contributions/" + line + "/evidence")
				.file(new MockMultipartFile("file", "x", "application/octet-stream", png()))
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evidenceUrl").value("/contributions/" + line + "/evidence"));
		this.mvc.perform(get("/contributions/" + line + "/evidence").with(TestActors.signedIn(TestActors.admin())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG));
		this.mvc
			.perform(get("/contributions/" + line + "/evidence")
				.with(TestActors.signedIn(TestActors.manager(UUID.fromString(company)))))
			.andExpect(status().isOk());
		// the line is public, its evidence is not
		this.mvc.perform(get("/contributions/" + line + "/evidence")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/contributions").param("event", event))
			.andExpect(jsonPath("$.lines[0].evidenceUrl").value(nullValue()));
	}

	@Test
	void aLineWhoseEvidenceIsRefusedIsNotKept() throws Exception {
		String network = JsonPath.read(api(post("/api/v1/networks"), """
				{"kind": "PLATFORM", "names": {"tr": "Belge ağı %s"}}""".formatted(UUID.randomUUID()), 201), "$.id");
		String company = JsonPath.read(api(post("/api/v1/organizations"),
				"""
						{"name": "Loder %s", "kind": "ASSOCIATION", "regionId": "%s"}""".formatted(
						UUID.randomUUID().toString().substring(0, 6), TestCountries.regionIn(this.regions, "TR").id()),
				201), "$.id");
		this.mvc
			.perform(multipart("/networks/" + network + "/contributions")
				.file(new MockMultipartFile("evidence", "fake.pdf", "application/pdf",
						"%PDF-1.4 nothing %%EOF".getBytes()))
				.with(csrf())
				.with(TestActors.signedIn(TestActors.admin()))
				.header("Accept-Language", "tr")
				.param("organizationId", company)
				.param("kind", "MONEY")
				.param("status", "DELIVERED")
				.param("visibility", "COORDINATORS")
				.param("contributedOn", "2025-12-16")
				.param("amount", "15000,50")
				.param("currency", "TRY"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("value=\"15000.5\"")));
		this.mvc
			.perform(get("/api/v1/contributions").param("network", network)
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.lines", hasSize(0)));
		this.mvc
			.perform(multipart("/networks/" + network + "/contributions")
				.file(new MockMultipartFile("evidence", "receipt.png", "image/png", png()))
				.with(csrf())
				.with(TestActors.signedIn(TestActors.admin()))
				.param("organizationId", company)
				.param("kind", "MONEY")
				.param("contributedOn", "2025-12-16")
				.param("amount", "15000,50")
				.param("currency", "TRY"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/api/v1/contributions").param("network", network)
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.lines", hasSize(1)))
			.andExpect(jsonPath("$.lines[0].amount").value(15000.5))
			.andExpect(jsonPath("$.lines[0].evidenceUrl").value(not(nullValue())));
	}

	private static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private MockHttpServletRequestBuilder request(MockHttpServletRequestBuilder request, String body) {
		return request.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private String api(MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
		return this.mvc.perform(request(request, body))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
