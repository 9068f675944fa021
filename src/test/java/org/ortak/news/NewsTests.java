package org.ortak.news;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.ortak.OrtakTest;
import org.ortak.TestActors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * News as the public and writers see it: drafts for writers only, Markdown shown safe
 * (script stored as typed, never run), the Atom feed readable by an XML parser, link
 * previews from Open Graph tags, quotes with the function held when written.
 */
@OrtakTest
class NewsTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	@Autowired
	MockMvc mvc;

	@Test
	void aCoordinatorPublishesAReportAndTheWorldReadsItSafely() throws Exception {
		String person = JsonPath
			.read(this.mvc.perform(post("/api/v1/people").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Aylin Korkmaz", "affiliations": [{"organizationName": "Kocaeli Büyükşehir Belediyesi",
						 "function": "Daire Başkanı"}]}""")).andReturn().getResponse().getContentAsString(), "$.id");
		String created = this.mvc
			.perform(post("/api/v1/news").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.header("Accept-Language", "tr")
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"texts": {"tr": {"title": "Kadın kooperatifleri Kocaeli'de buluştu",
								   "body": "**8 başlıkta** çözüm önerileri.\\n\\n<script>alert('x')</script>\\n\\n[tıkla](javascript:alert(1))"},
								  "en": {"title": "Women's cooperatives met in Kocaeli"}},
								 "quotes": [{"personId": "%s", "text": "Kooperatifler güçlü olursa kadınlar güçlü olur."}]}"""
							.formatted(person)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.quotes[0].function").value("Daire Başkanı"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		String html = JsonPath.read(created, "$.html");
		assertThat(html).contains("<strong>8 başlıkta</strong>")
			.doesNotContain("<script")
			.doesNotContain("javascript:");
		// a draft is for its writers
		this.mvc.perform(get("/api/v1/news/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/news/" + id)).andExpect(status().isNotFound());

		this.mvc
			.perform(post("/news/" + id + "/publish").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.param("published", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/news/" + id).header("Accept-Language", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>8 başlıkta</strong>")))
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(containsString("property=\"og:title\" content=\"Kadın kooperatifleri")))
			.andExpect(content().string(containsString("Daire Başkanı")));
		this.mvc.perform(get("/api/v1/news/" + id).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.title").value("Women's cooperatives met in Kocaeli"));
		this.mvc.perform(get("/news").header("Accept-Language", "pl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kadın kooperatifleri Kocaeli")));

		byte[] atom = this.mvc.perform(get("/news/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom));
		assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
		boolean found = false;
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			if (entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id")
				.item(0)
				.getTextContent()
				.endsWith(id)) {
				found = true;
				String content = entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content")
					.item(0)
					.getTextContent();
				assertThat(content).contains("<strong>").doesNotContain("<script");
			}
		}
		assertThat(found).isTrue();
	}

	@Test
	void badPostsAreNamedAndOnlyWritersWrite() throws Exception {
		this.mvc.perform(post("/api/v1/news").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
			.header("Accept-Language", "tr")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"texts\": {\"tr\": {\"body\": \"Başlıksız\"}}, \"eventId\": \"00000000-0000-0000-0000-000000000000\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("texts[tr].title")))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("eventId")));
		this.mvc.perform(post("/api/v1/news").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/news/new").with(TestActors.signedIn(TestActors.manager())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/news/new").with(TestActors.signedIn(TestActors.admin()))).andExpect(status().isOk());
		this.mvc
			.perform(post("/news/new").with(TestActors.signedIn(TestActors.admin()))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("texts[tr].body", "Gövde"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Gövde")))
			.andExpect(content().string(containsString("This field is required.")));
	}

}
