package org.ortak;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one PostgreSQL application context the PostgreSQL suites share: the real database
 * at 127.0.0.1:5432, made anew once per test run. Skipped with a message where none is
 * reachable.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({ "test", "pgtest" })
@ContextConfiguration(initializers = PostgresDatabase.Fresh.class)
@EnabledIf(value = "org.ortak.PostgresDatabase#reachable",
		disabledReason = "PostgreSQL is not reachable at 127.0.0.1:5432: the PostgreSQL suite is skipped")
public @interface PostgresTest {

}
