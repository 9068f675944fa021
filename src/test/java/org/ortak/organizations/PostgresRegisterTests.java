package org.ortak.organizations;

import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.ortak.PostgresDatabase;

/**
 * The register on a real PostgreSQL, with the same scenarios as on H2.
 */
@SpringBootTest
@ActiveProfiles({ "test", "pgtest" })
@EnabledIf(value = "org.ortak.PostgresDatabase#reachable",
		disabledReason = "PostgreSQL is not reachable at 127.0.0.1:5432: the PostgreSQL suite is skipped")
class PostgresRegisterTests extends SearchScenarios {

	@DynamicPropertySource
	static void freshDatabase(DynamicPropertyRegistry registry) {
		PostgresDatabase.recreate();
		registry.add("ortak.test.database", () -> PostgresDatabase.NAME);
	}

}
