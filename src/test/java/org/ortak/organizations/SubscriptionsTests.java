package org.ortak.organizations;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Anyone follows changes in an area: by e-mail only once the address confirms (a real
 * SMTP server, GreenMail), as a digest with a one-click unsubscribe, or as an Atom feed.
 */
@OrtakTest
class SubscriptionsTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(39025, "127.0.0.1", "smtp"));

	private static final Pattern LINK = Pattern
		.compile("https://ortak\\.example\\.org(/subscriptions/(confirm|unsubscribe))\\?token=([\\w-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Organizations organizations;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	Regions regions;

	@Autowired
	JdbcTemplate jdbc;

	private OrganizationDetails registered(String name, RegionView region, OrganizationKind kind) {
		return this.organizations.create(TestOrganizations.withSubKind(
				TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(region.id()), name), kind, null),
				OrganizationStatus.ACTIVE, TestActors.admin());
	}

	@Test
	void aConfirmedAddressGetsADigestOfItsAreaAndLeavesWithOneClick() throws Exception {
		RegionView country = this.regions.create(new RegionDraft("Türkiye subs " + UUID.randomUUID(), null, null),
				TestActors.admin());
		RegionView kocaeli = this.regions.create(new RegionDraft("Kocaeli", null, country.id()), TestActors.admin());
		RegionView kartepe = this.regions.create(new RegionDraft("Kartepe", null, kocaeli.id()), TestActors.admin());
		RegionView bursa = this.regions.create(new RegionDraft("Bursa", null, country.id()), TestActors.admin());
		String address = "zeynep-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";

		this.mvc
			.perform(post("/api/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "tr")
				.content("{\"email\":\"" + address + "\",\"region\":\"" + kocaeli.id()
						+ "\",\"kinds\":[\"COOPERATIVE\"]}"))
			.andExpect(status().isAccepted());
		assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage confirmation = mail.getReceivedMessages()[0];
		assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo(address);
		assertThat(confirmation.getSubject()).contains("doğrulayın");
		String body = (String) confirmation.getContent();
		String confirmToken = token(body, "confirm");
		String unsubscribeToken = token(body, "unsubscribe");

		// nothing is sent before the address confirms
		OrganizationDetails inKartepe = registered("Kartepe Kadın Kooperatifi <b>", kartepe,
				OrganizationKind.COOPERATIVE);
		ageDigest(address);
		this.subscriptions.sendDigests();
		assertThat(mail.getReceivedMessages()).hasSize(1);

		this.mvc.perform(get("/subscriptions/confirm").param("token", confirmToken))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"subscription-confirm\"")));
		this.mvc.perform(post("/subscriptions/confirm").with(csrf()).param("token", confirmToken))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"done\"")));

		registered("Kocaeli Kadın Derneği", kocaeli, OrganizationKind.ASSOCIATION);
		registered("Bursa Kooperatifi", bursa, OrganizationKind.COOPERATIVE);
		OrganizationDetails unlisted = registered("Gizli Kooperatif", kartepe, OrganizationKind.COOPERATIVE);
		this.organizations.publish(unlisted.id(), false, LocationPrecision.EXACT, null, TestActors.coordinator());
		ageDigest(address);
		assertThat(this.subscriptions.sendDigests()).isPositive();
		MimeMessage digest = null;
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(address) && message != confirmation) {
				digest = message;
			}
		}
		assertThat(digest).isNotNull();
		String digestText = (String) digest.getContent();
		assertThat(digest.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(digestText).contains(inKartepe.id().toString()).doesNotContain(unlisted.id().toString());
		assertThat(digestText).doesNotContain("Derne").doesNotContain("Bursa");

		// one click, and the address is gone
		this.mvc.perform(post("/subscriptions/unsubscribe").with(csrf()).param("token", unsubscribeToken))
			.andExpect(status().isOk());
		assertThat(
				this.jdbc.queryForObject("select count(*) from subscription where email = ?", Integer.class, address))
			.isZero();
		// a used confirmation link is refused clearly
		this.mvc
			.perform(post("/subscriptions/confirm").with(csrf())
				.param("token", confirmToken)
				.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("not valid any more")));

		// the same changes as a feed, for anyone
		String atom = this.mvc
			.perform(get("/feeds/changes.atom").param("region", kocaeli.id().toString()).param("kind", "COOPERATIVE"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document feed = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
		NodeList titles = feed.getElementsByTagName("title");
		boolean found = false;
		for (int i = 0; i < titles.getLength(); i++) {
			found |= titles.item(i).getTextContent().equals("Kartepe Kadın Kooperatifi <b>");
		}
		assertThat(found).isTrue();
		assertThat(atom).doesNotContain("Gizli").doesNotContain("Bursa Kooperatifi");
	}

	@Test
	void badSubscriptionsAreNamedByTheirField() throws Exception {
		this.mvc
			.perform(post("/api/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"not an address\",\"bbox\":\"30,40,29,41\",\"region\":\"" + UUID.randomUUID()
						+ "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("email")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("bbox")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("region")));
		this.mvc
			.perform(post("/subscriptions/new").with(csrf())
				.header("Accept-Language", "pl")
				.param("email", "")
				.param("kinds", "COOPERATIVE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"email-error\"")));
		this.mvc.perform(get("/subscriptions/new").header("Accept-Language", "fa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")));
		this.mvc.perform(get("/feeds/changes.atom").param("bbox", "a,b,c,d").header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("west,south,east,north")));
	}

	private void ageDigest(String address) {
		this.jdbc.update(
				"update subscription set last_digest_at = last_digest_at - interval '2' day where email = ? and last_digest_at is not null",
				address);
	}

	private static String token(String body, String kind) {
		Matcher matcher = LINK.matcher(body);
		while (matcher.find()) {
			if (matcher.group(2).equals(kind)) {
				return matcher.group(3);
			}
		}
		throw new AssertionError("no " + kind + " link in " + body);
	}

}
