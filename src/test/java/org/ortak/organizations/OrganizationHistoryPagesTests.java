package org.ortak.organizations;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.history.ChangeChannel;
import org.ortak.shared.history.HistoryEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The history of changes on the organization's page: a form edit is kept as such, and
 * shown in the reader's language.
 */
@OrtakTest
class OrganizationHistoryPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organizations organizations;

	@Autowired
	Regions regions;

	RegionView kartepe;

	@BeforeEach
	void places() {
		RegionView country = this.regions
			.create(new RegionDraft("Türkiye history pages " + UUID.randomUUID(), null, null), TestActors.admin());
		this.kartepe = this.regions.create(new RegionDraft("Kartepe", null, country.id()), TestActors.admin());
	}

	@Test
	void aFormEditIsKeptAndShownInTheReadersLanguage() throws Exception {
		OrganizationDetails created = this.organizations.create(
				TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), OrganizationStatus.ACTIVE,
				TestActors.admin());
		this.mvc
			.perform(
					post("/organizations/" + created.id() + "/edit").with(TestActors.signedIn(TestActors.coordinator()))
						.with(csrf())
						.param("name", "<b>Kartepe</b> Kadın Kooperatifi")
						.param("kind", "COOPERATIVE")
						.param("regionId", this.kartepe.id().toString())
						.param("membersTotal", "50")
						.param("version", String.valueOf(created.version())))
			.andExpect(status().is3xxRedirection());
		HistoryEntry edit = this.organizations.history(created.id(), TestActors.admin(), 0, 20).items().get(0);
		assertThat(edit.channel()).isEqualTo(ChangeChannel.FORM);
		assertThat(edit.by()).isEqualTo("nagehan");

		this.mvc
			.perform(get("/organizations/" + created.id()).with(TestActors.signedIn(TestActors.coordinator()))
				.header("Accept-Language", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"history-heading\">Değişiklik geçmişi</h2>")))
			.andExpect(content().string(containsString(">Web formu</span>")))
			.andExpect(content().string(containsString("nagehan tarafından")))
			.andExpect(content().string(containsString("history-field\">Üye sayısı</dt>")))
			.andExpect(content().string(containsString("&lt;b&gt;Kartepe&lt;/b&gt; Kadın Kooperatifi")))
			.andExpect(content().string(containsString("Bu değerlerle kaydedildi")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void earlierChangesComeInPlaceForHtmx() throws Exception {
		OrganizationDetails created = this.organizations.create(
				TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), OrganizationStatus.ACTIVE,
				TestActors.admin());
		this.mvc
			.perform(get("/organizations/" + created.id() + "/history").with(TestActors.signedIn(TestActors.admin()))
				.header("HX-Request", "true")
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"list-group-item history-entry\"")))
			.andExpect(content().string(containsString("Registered with these values")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc
			.perform(get("/organizations/" + created.id() + "/history").with(TestActors.signedIn(TestActors.admin()))
				.header("Accept-Language", "fa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("تاریخچهٔ تغییرات")))
			// 42 members, in Persian digits
			.andExpect(content().string(containsString(">۴۲<")));
		this.mvc
			.perform(get("/organizations/" + created.id() + "/history")
				.with(TestActors.signedIn(TestActors.manager(UUID.randomUUID()))))
			.andExpect(status().isNotFound());
	}

}
