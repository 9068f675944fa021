package org.ortak.agreements;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agreements through the API and their pages: problems naming each field in the reader's
 * language, documents taken as PDFs by their content alone and kept from the public, the
 * reminders mailed once before a due date and an end date, and the Zanjan memorandum of
 * the demo, in Persian.
 */
@OrtakTest
class AgreementApiTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(39025, "127.0.0.1", "smtp"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Regions regions;

	@Autowired
	AgreementReminders.Sender reminders;

	@Autowired
	Clock clock;

	@Test
	void badAgreementsAreProblemsNamingEachFieldAndDocumentsArePdfsByTheirContent() throws Exception {
		String a = organization("Zanjan Directorate");
		String b = organization("Zanjan University");
		this.mvc.perform(request(post("/api/v1/agreements"), """
				{"kind": "MOU", "language": "tr", "title": "Tek taraflı", "parties": ["%s"],
				 "startsOn": "2026-05-01", "endsOn": "2026-04-01"}""".formatted(a)).header("Accept-Language", "tr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("parties")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("endsOn")))
			.andExpect(content().string(containsString("en az iki")));
		String id = JsonPath.read(api(post("/api/v1/agreements"),
				"""
						{"kind": "MOU", "status": "SIGNED", "language": "fa", "title": "تفاهم‌نامه آزمایشی",
						 "parties": ["%s", "%s"], "signatories": [{"organizationId": "%s", "name": "دنیایی", "function": "سرپرست"}],
						 "startsOn": "2026-01-01", "endsOn": "2027-01-01"}"""
					.formatted(a, b, a),
				201), "$.id");
		this.mvc.perform(request(post("/api/v1/agreements/" + id + "/obligations"), """
				{"organizationId": "%s", "description": "", "dueOn": "2026-06-01"}""".formatted(b)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"));

		// a PNG called .pdf, a text with a PDF's first and last bytes, and nothing:
		// refused
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 };
		for (byte[] bad : List.of(png, "%PDF-1.7\nnot really\n%%EOF".getBytes(), new byte[0])) {
			this.mvc
				.perform(multipart("/api/v1/agreements/" + id + "/documents")
					.file(new MockMultipartFile("file", "signed.pdf", "application/pdf", bad))
					.param("title", "Signed")
					.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
					.header("Accept-Language", "pl"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("file"));
		}
		String document = JsonPath.read(this.mvc
			.perform(multipart("/api/v1/agreements/" + id + "/documents")
				.file(new MockMultipartFile("file", "x.bin", "application/octet-stream", pdf(2)))
				.param("title", "متن امضاشده")
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.pages").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		this.mvc
			.perform(get("/api/v1/agreements/" + id + "/documents/" + document).header(HttpHeaders.AUTHORIZATION,
					ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		// the agreement is public, its documents are not
		this.mvc.perform(get("/api/v1/agreements/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parties[0].signatories[0].name").value("دنیایی"))
			.andExpect(jsonPath("$.documents").doesNotExist());
		this.mvc.perform(get("/agreements/" + id + "/documents/" + document)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/agreements/" + id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.documents", hasSize(1)));

		// the page's form keeps what was typed and names the party rows' error
		this.mvc
			.perform(post("/agreements/new").with(csrf())
				.with(TestActors.signedIn(TestActors.admin()))
				.header("Accept-Language", "tr")
				.param("kind", "MOU")
				.param("language", "tr")
				.param("title", "Yarım protokol")
				.param("parties[0].organizationId", a)
				.param("parties[1].signatoryName", "Nagehan Çelik"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("value=\"Yarım protokol\"")))
			.andExpect(content().string(containsString("value=\"Nagehan &Ccedil;elik\"")))
			.andExpect(content().string(containsString("en az iki")))
			.andExpect(content().string(containsString("taraf adına imzaladığını")));
	}

	@Test
	void remindersAreMailedOnceBeforeADueDateAndAnEndDateToTheKeepersAndThePartysManagers() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String company = organization("Yeşim Tekstil");
		String ngo = organization("LÖSEV Bursa");
		user("sibel-" + suffix, "sibel-" + suffix + "@example.org", "COORDINATOR", null);
		user("nur-" + suffix, "nur-" + suffix + "@example.org", "ORG_MANAGER", ngo);
		LocalDate today = LocalDate.now(this.clock);
		String json = """
				{"kind": "PARTNERSHIP", "status": "ACTIVE", "language": "tr", "title": "Gönüllülük ortaklığı %s",
				 "parties": ["%s", "%s"], "coordinators": ["sibel-%s"], "startsOn": "%s", "endsOn": "%s"}""";
		String id = JsonPath.read(
				api(post("/api/v1/agreements"),
						json.formatted(suffix, company, ngo, suffix, today.minusMonths(3), today.plusDays(10)), 201),
				"$.id");
		api(post("/api/v1/agreements/" + id + "/obligations"), """
				{"organizationId": "%s", "description": "Gönüllü oryantasyonu", "dueOn": "%s"}""".formatted(ngo,
				today.plusDays(5)), 201);
		// not yet: due beyond the reminder's days
		api(post("/api/v1/agreements/" + id + "/obligations"), """
				{"organizationId": "%s", "description": "Yıl sonu raporu", "dueOn": "%s"}""".formatted(company,
				today.plusDays(40)), 201);

		this.reminders.run();
		List<MimeMessage> toKeeper = to("sibel-" + suffix + "@example.org");
		List<MimeMessage> toManager = to("nur-" + suffix + "@example.org");
		assertThat(toKeeper).hasSize(2);
		assertThat(toManager).hasSize(2);
		assertThat(toManager).extracting(MimeMessage::getSubject)
			.anySatisfy((subject) -> assertThat(subject).contains("Gönüllülük ortaklığı " + suffix))
			.anySatisfy((subject) -> assertThat(subject).containsIgnoringCase("sona"));
		assertThat(toManager).extracting((m) -> (String) m.getContent())
			.anySatisfy((body) -> assertThat(body).contains("Gönüllü oryantasyonu"));
		// once
		this.reminders.run();
		assertThat(to("sibel-" + suffix + "@example.org")).hasSize(2);
	}

	@Test
	void theZanjanMemorandumIsKeptInPersianWithItsObligationsOnTheUnionsPage() throws Exception {
		String found = this.mvc.perform(get("/api/v1/agreements").param("q", "ترویج فرهنگ تعاون"))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].language").value("fa"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String mou = JsonPath.read(found, "$.items[0].id");
		this.mvc.perform(get("/agreements/" + mou).header("Accept-Language", "fa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("دانشگاه زنجان")))
			.andExpect(content().string(containsString("سرپرست معاونت امور تعاون")))
			.andExpect(content().string(containsString("معرفی طرح‌های دانشجویی")));
		this.mvc.perform(get("/api/v1/agreements/obligations"))
			.andExpect(jsonPath("$.items[*].description").value(hasItem(containsString("معرفی طرح‌های دانشجویی"))));
		this.mvc.perform(get("/api/v1/agreements").param("endingWithin", "60"))
			.andExpect(jsonPath("$.items[*].id").value(hasItem(mou)));
		String network = JsonPath.read(
				this.mvc.perform(get("/api/v1/agreements/" + mou)).andReturn().getResponse().getContentAsString(),
				"$.networkId");
		this.mvc.perform(get("/agreements/of-network/" + network).header("Accept-Language", "fa"))
			.andExpect(content().string(containsString("تفاهم‌نامه ترویج فرهنگ تعاون")));
		this.mvc.perform(get("/agreements/obligations").header("Accept-Language", "fa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("معرفی طرح‌های دانشجویی")));
	}

	private List<MimeMessage> to(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter((m) -> {
			try {
				return m.getAllRecipients()[0].toString().equals(address);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private void user(String username, String email, String role, String organization) throws Exception {
		MockHttpServletRequestBuilder request = post("/admin/users/new").with(csrf())
			.with(TestActors.signedIn(TestActors.admin()))
			.param("username", username)
			.param("displayName", username)
			.param("email", email)
			.param("password", "a-long-password-2026")
			.param("roles", role)
			.param("enabled", "true");
		if (organization != null) {
			request.param("organizationIds", organization);
		}
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	static byte[] pdf(int pages) throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < pages; i++) {
				document.addPage(new PDPage());
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	private String organization(String name) throws Exception {
		return JsonPath.read(api(post("/api/v1/organizations"),
				"""
						{"name": "%s %s", "kind": "ASSOCIATION", "regionId": "%s"}""".formatted(name,
						UUID.randomUUID().toString().substring(0, 6), TestCountries.regionIn(this.regions, "TR").id()),
				201), "$.id");
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
