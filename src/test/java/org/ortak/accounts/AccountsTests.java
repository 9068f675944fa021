package org.ortak.accounts;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.ortak.OrtakTest;
import org.ortak.SearchIndexed;
import org.ortak.TestActors;
import org.ortak.organizations.OrganizationDetails;
import org.ortak.organizations.OrganizationStatus;
import org.ortak.organizations.Organizations;
import org.ortak.organizations.TestOrganizations;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.Violation;
import org.ortak.shared.search.SearchIndex;
import org.ortak.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in, users and their roles, and personal API tokens.
 */
@OrtakTest
class AccountsTests {

	@Autowired
	SearchIndex searchIndex;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserRepository users;

	@Autowired
	Organizations organizations;

	@Autowired
	Regions regions;

	@Test
	void theFirstAdministratorSignsInWithTheConfiguredPasswordStoredHashed() throws Exception {
		this.mvc.perform(formLogin().user("admin").password("admin-test-password"))
			.andExpect(authenticated().withUsername("admin").withRoles("ADMIN"));
		this.mvc.perform(formLogin().user("admin").password("wrong")).andExpect(unauthenticated());
		assertThat(this.users.findByUsername("admin").orElseThrow().passwordHash()).startsWith("{bcrypt}")
			.doesNotContain("admin-test-password");
	}

	@Test
	void anAdminCreatesAUserWhoSignsInWithTheirRoleAndOrganizations() throws Exception {
		String username = "karolina-" + UUID.randomUUID().toString().substring(0, 6);
		this.mvc
			.perform(post("/admin/users/new").with(TestActors.signedIn(TestActors.admin()))
				.with(csrf())
				.param("username", username)
				.param("displayName", "Karolina Jarosz")
				.param("password", "świętokrzyskie-2026")
				.param("roles", "COORDINATOR")
				.param("enabled", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin().user(username).password("świętokrzyskie-2026"))
			.andExpect(authenticated().withRoles("COORDINATOR"));
	}

	@Test
	void onlyAdminsKeepUsers() throws Exception {
		this.mvc.perform(get("/admin/users").with(TestActors.signedIn(TestActors.coordinator())))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> this.accounts.list(TestActors.coordinator()))
			.isInstanceOf(org.ortak.shared.Forbidden.class);
	}

	@Test
	void badUsersAreRefusedFieldByField() {
		UserDraft draft = new UserDraft("a", null, "not-mail", "short", true, Set.of(), Set.of(UUID.randomUUID()));
		assertThatThrownBy(() -> this.accounts.create(draft, TestActors.admin())).isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).violations()).extracting(Violation::field)
				.containsExactlyInAnyOrder("username", "email", "password", "roles", "organizationIds"));
	}

	@Test
	void anIssuedTokenOpensTheApiUntilRevoked() throws Exception {
		UserView user = this.accounts.create(new UserDraft("edyta-" + UUID.randomUUID().toString().substring(0, 6),
				"Edyta Górlicka", null, "skarzysko-kamienna", true, Set.of(Role.COORDINATOR), Set.of()),
				TestActors.admin());
		String token = (String) this.mvc
			.perform(post("/admin/users/" + user.id() + "/tokens").with(TestActors.signedIn(TestActors.admin()))
				.with(csrf())
				.param("name", "Open data export")
				// typed in Persian digits: 30
				.param("daysValid", "۳۰"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("issuedToken"))
			.andReturn()
			.getFlashMap()
			.get("issuedToken");
		assertThat(token).startsWith("ortak_");
		this.mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
		TokenView issued = this.accounts.tokens(user.id(), TestActors.admin()).get(0);
		assertThat(Duration.between(issued.createdAt(), issued.expiresAt()))
			.isBetween(Duration.ofDays(30).minusSeconds(5), Duration.ofDays(30).plusSeconds(5));
		this.mvc
			.perform(post("/admin/users/" + user.id() + "/tokens").with(TestActors.signedIn(TestActors.admin()))
				.with(csrf())
				.param("name", "Wrong days")
				.param("daysValid", "thirty"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("tokenError", "validation.badValue"));
		UUID tokenId = issued.id();
		this.accounts.revokeToken(user.id(), tokenId, TestActors.admin());
		this.mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aDisabledAccountLosesItsOpenSessionAtOnce() throws Exception {
		UserView user = this.accounts.create(new UserDraft("tugba-" + UUID.randomUUID().toString().substring(0, 6),
				"Tuğba Yılmaz", null, "kadin-ve-aile", true, Set.of(Role.ADMIN), Set.of()), TestActors.admin());
		MockHttpSession session = signIn(user.username(), "kadin-ve-aile");
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
		this.accounts.update(user.id(),
				new UserDraft(user.username(), "Tuğba Yılmaz", null, null, true, Set.of(Role.COORDINATOR), Set.of()),
				user.version(), TestActors.admin());
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/organizations").session(session)).andExpect(status().isOk());
		MockHttpSession second = signIn(user.username(), "kadin-ve-aile");
		UserView current = this.accounts.get(user.id(), TestActors.admin());
		this.accounts.update(user.id(), new UserDraft(user.username(), "Tuğba Yılmaz", null, "reset-by-the-admin", true,
				Set.of(Role.COORDINATOR), Set.of()), current.version(), TestActors.admin());
		this.mvc.perform(get("/organizations").session(second)).andExpect(status().is3xxRedirection());
		session = signIn(user.username(), "reset-by-the-admin");
		this.mvc.perform(get("/organizations").session(session)).andExpect(status().isOk());
		UserView demoted = this.accounts.get(user.id(), TestActors.admin());
		this.accounts.update(user.id(),
				new UserDraft(user.username(), "Tuğba Yılmaz", null, null, false, Set.of(Role.COORDINATOR), Set.of()),
				demoted.version(), TestActors.admin());
		this.mvc.perform(get("/organizations").session(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aUserChangesTheirOwnPasswordKnowingTheCurrentOne() throws Exception {
		UserView user = this.accounts.create(new UserDraft("mariusz-" + UUID.randomUUID().toString().substring(0, 6),
				"Mariusz Iciek", null, "spoldzielnia-prom", true, Set.of(Role.ORG_MANAGER), Set.of()),
				TestActors.admin());
		MockHttpSession session = signIn(user.username(), "spoldzielnia-prom");
		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", "wrong")
				.param("newPassword", "prom-2026-nowe")
				.param("confirmation", "prom-2026-inne"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("password", "currentPassword", "confirmation"));
		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", "spoldzielnia-prom")
				.param("newPassword", "prom-2026-nowe")
				.param("confirmation", "prom-2026-nowe"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?passwordChanged"));
		this.mvc.perform(get("/organizations").session(session)).andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin().user(user.username()).password("prom-2026-nowe")).andExpect(authenticated());
		this.mvc.perform(formLogin().user(user.username()).password("spoldzielnia-prom")).andExpect(unauthenticated());
	}

	@Test
	void anOrganizationManagersTokenKeepsOnlyTheirOwnOrganization() throws Exception {
		RegionView country = this.regions.create(new RegionDraft("Polska " + UUID.randomUUID(), "PL", null),
				TestActors.admin());
		OrganizationDetails prom = this.organizations.create(TestOrganizations
			.withName(TestOrganizations.kartepeWomensCooperative(country.id()), "Spółdzielnia Socjalna PROM"),
				OrganizationStatus.ACTIVE, TestActors.admin());
		OrganizationDetails cis = this.organizations.create(TestOrganizations
			.withName(TestOrganizations.kartepeWomensCooperative(country.id()), "Centrum Integracji Społecznej"),
				OrganizationStatus.ACTIVE, TestActors.admin());
		UserView manager = this.accounts.create(new UserDraft("prom-" + UUID.randomUUID().toString().substring(0, 6),
				"Mariusz Iciek", null, "spoldzielnia-prom", true, Set.of(Role.ORG_MANAGER), Set.of(prom.id())),
				TestActors.admin());
		String token = "Bearer " + this.accounts.issueToken(manager.id(), "PROM", 30, TestActors.admin()).token();
		String update = """
				{"name": "%s", "kind": "COOPERATIVE", "subKind": "SOCIAL", "regionId": "%s", "version": %d}""";

		SearchIndexed.await(this.searchIndex);
		this.mvc.perform(get("/api/v1/organizations").header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(contains(prom.id().toString())));
		this.mvc.perform(get("/api/v1/organizations/" + cis.id()).header("Authorization", token))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/organizations/" + cis.id()).header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(update.formatted("Taken over", country.id(), cis.version())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/organizations/" + prom.id()).header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(update.formatted("Spółdzielnia Socjalna „PROM”", country.id(), prom.version())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Spółdzielnia Socjalna „PROM”"));
		this.mvc.perform(post("/api/v1/organizations/" + prom.id() + "/archive").header("Authorization", token))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/organizations").header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(update.formatted("New", country.id(), 0)))
			.andExpect(status().isForbidden());
		assertThat(this.organizations.get(cis.id(), TestActors.admin()).name())
			.isEqualTo("Centrum Integracji Społecznej");
	}

	@Test
	void anAdminCannotLockThemselvesOut() {
		UserView admin = UserView.of(this.users.findByUsername("admin").orElseThrow());
		UserDraft withoutAdminRole = new UserDraft("admin", "Administrator", null, null, true, Set.of(Role.COORDINATOR),
				Set.of());
		assertThatThrownBy(
				() -> this.accounts.update(admin.id(), withoutAdminRole, admin.version(), TestActors.admin()))
			.isInstanceOf(InvalidInput.class);
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin().user(username).password(password))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();
	}

}
