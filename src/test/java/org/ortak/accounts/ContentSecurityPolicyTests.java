package org.ortak.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages load images from Ortak and from the map's tile server alone, whatever address a
 * deployer gives it.
 */
class ContentSecurityPolicyTests {

	@Test
	void imagesComeFromOrtakAndTheTileHostAlone() {
		assertThat(SecurityConfiguration.contentSecurityPolicy("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
			.contains("img-src 'self' data: https://tile.openstreetmap.org;")
			.contains("script-src 'self';");
		assertThat(SecurityConfiguration.tileHost("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
			.isEqualTo(" https://*.tile.example.org");
		assertThat(SecurityConfiguration.tileHost("http://tiles.local:8081/styles/{z}/{x}/{y}.png"))
			.isEqualTo(" http://tiles.local:8081");
	}

	@Test
	void noTileServerOrAStrangeAddressAdmitsNothingMore() {
		assertThat(SecurityConfiguration.contentSecurityPolicy("")).contains("img-src 'self' data:;");
		assertThat(SecurityConfiguration.tileHost(null)).isEmpty();
		assertThat(SecurityConfiguration.tileHost("javascript:alert(1)")).isEmpty();
		assertThat(SecurityConfiguration.tileHost("https://a.org; script-src *")).isEmpty();
		assertThat(SecurityConfiguration.tileHost("//tiles.example.org/{z}/{x}/{y}.png")).isEmpty();
	}

}
