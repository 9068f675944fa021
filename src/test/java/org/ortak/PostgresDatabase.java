package org.ortak;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real PostgreSQL the PostgreSQL suite runs against: 127.0.0.1:5432, user postgres,
 * database ortak_test (or {@code ORTAK_TEST_PG_DB}) made anew for each run. Where none is
 * reachable, that suite is skipped with a message, so the test command still passes on a
 * machine without one.
 */
public final class PostgresDatabase {

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";

	static final String USER = "postgres";

	/** The test database's name; another name lets two builds run side by side. */
	public static final String NAME = System.getenv().getOrDefault("ORTAK_TEST_PG_DB", "ortak_test");

	private PostgresDatabase() {
	}

	public static boolean reachable() {
		try (Connection connection = DriverManager.getConnection(SERVER, USER, "")) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/** Drops and creates the test database, so every run starts from the migrations. */
	public static void recreate() {
		recreate(NAME);
	}

	/**
	 * Makes the test database anew before the shared PostgreSQL context first starts
	 * (once per run: the context is cached for every suite that uses it).
	 */
	public static final class Fresh implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		private static final AtomicBoolean made = new AtomicBoolean();

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			if (made.compareAndSet(false, true)) {
				recreate();
			}
		}

	}

	/** Drops and creates a database of this name. */
	public static void recreate(String name) {
		try (Connection connection = DriverManager.getConnection(SERVER, USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name + " encoding 'UTF8' template template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the PostgreSQL test database", ex);
		}
	}

}
