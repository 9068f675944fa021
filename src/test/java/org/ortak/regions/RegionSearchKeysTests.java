package org.ortak.regions;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionSearchKeysTests {

	@Test
	void everyNameIsFoldedAndAnAzerbaijaniSchwaIsAlsoA() {
		String key = RegionSearchKeys.of("Gəncə", List.of("Ganja", "گنجه"));
		assertThat(key).contains("gence", "ganca", "ganja", "گنجه");
	}

	@Test
	void aKeyNeverOutgrowsItsColumn() {
		assertThat(RegionSearchKeys.of("x".repeat(3000), List.of("y".repeat(3000)))).hasSize(RegionSearchKeys.MAX);
	}

}
