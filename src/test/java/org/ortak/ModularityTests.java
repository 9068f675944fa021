package org.ortak;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages keep their borders: a module uses another only through its public
 * types, and no two modules depend on each other in a cycle.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(OrtakApplication.class);

	@Test
	void modulesKeepTheirBorders() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
